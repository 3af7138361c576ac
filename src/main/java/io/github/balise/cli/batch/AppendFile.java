// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file written by appending, that knows how many bytes it holds and can be made durable:
 * the building block of resumable output. On resume it is cut back to the last checkpoint, so
 * that whatever a killed run wrote after it is written again, once.
 */
final class AppendFile implements AutoCloseable {

  private final Path path;
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
  private long position;

  /**
   * Opens the file.
   *
   * @param path the file
   * @param keepBytes bytes to keep from an earlier run (0 starts the file anew)
   */
  AppendFile(Path path, long keepBytes) throws IOException {
    this.path = path;
    this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long size = channel.size();
    if (keepBytes > size) {
      channel.close();
      throw new IOException(path + " holds " + size + " bytes, fewer than the checkpoint's " + keepBytes);
    }
    channel.truncate(keepBytes);
    channel.position(keepBytes);
    this.position = keepBytes;
  }

  Path path() {
    return path;
  }

  /** Bytes written so far, including those kept from an earlier run. */
  long position() {
    return position;
  }

  void write(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    position += bytes.length;
    if (bytes.length > buffer.remaining()) {
      flushBuffer();
      if (bytes.length > buffer.capacity()) {
        ByteBuffer big = ByteBuffer.wrap(bytes);
        while (big.hasRemaining()) {
          channel.write(big);
        }
        return;
      }
    }
    buffer.put(bytes);
  }

  /** Writes out the buffer and forces the bytes to the device. */
  void sync() throws IOException {
    flushBuffer();
    channel.force(false);
  }

  private void flushBuffer() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  @Override
  public void close() throws IOException {
    try {
      flushBuffer();
    } finally {
      channel.close();
    }
  }
}
