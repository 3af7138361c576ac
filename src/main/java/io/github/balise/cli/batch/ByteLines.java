// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line without decoding it, so that a bad byte can be reported with
 * its offset and a huge line can be skipped without holding it in memory.
 */
final class ByteLines {

  /** A line: its bytes without the line break (null when it was longer than the cap). */
  record Line(byte[] bytes, int length, long offset, long totalBytes) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private long offset;
  private boolean eof;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Returns the next line, or null at the end of the stream. */
  Line next() throws IOException {
    byte[] line = new byte[256];
    int length = 0;
    boolean tooLong = false;
    long start = offset;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          if (length == 0 && !tooLong && offset == start) {
            return null;
          }
          break;
        }
      }
      byte b = buffer[pos++];
      offset++;
      if (b == '\n') {
        break;
      }
      if (tooLong) {
        continue;
      }
      if (length == maxLineBytes) {
        tooLong = true;
        line = null;
        continue;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
      }
      line[length++] = b;
    }
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(tooLong ? null : line, length, start, offset - start);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
