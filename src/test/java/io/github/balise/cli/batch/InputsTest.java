// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Inputs} tells progress reporting about the size of the input. */
class InputsTest {

  @TempDir Path dir;

  @Test
  void theTotalSizeIsUnknownWhenStandardInputIsAmongTheSources() throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Un texte.", StandardCharsets.UTF_8);
    ByteArrayInputStream stdin = new ByteArrayInputStream("Un autre texte, bien plus long.".getBytes(StandardCharsets.UTF_8));
    try (Inputs files = new Inputs(List.of(file.toString()), null, InputFormat.text, null, 100, stdin);
        Inputs mixed = new Inputs(List.of(file.toString(), "-"), null, InputFormat.text, null, 100, stdin)) {
      assertEquals(9, files.totalBytes());
      // a known total would be passed by the bytes read, with an ETA that is a lie
      assertEquals(0, mixed.totalBytes(), "0: unknown");
    }
  }
}
