// SPDX-License-Identifier: Apache-2.0
/**
 * The French DATE grammar: {@link io.github.balise.internal.date.DateFinder} finds calendar
 * dates and gives them TimeML values as the French TimeBank writes them. Its vocabulary is in
 * the word lists next to these classes ({@code months.txt}, {@code weekdays.txt}, {@code
 * numbers.txt}, {@code holidays.txt}, {@code tense.txt}…), one entry a line with a {@code #}
 * header: a French speaker extends the grammar by adding lines there.
 *
 * <p><b>Not API.</b>
 */
package io.github.balise.internal.date;
