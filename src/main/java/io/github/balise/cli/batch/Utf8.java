// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is. */
public final class Utf8 {

  /** Thrown for bytes that are not UTF-8; {@link #byteOffset()} is the first bad byte. */
  public static final class MalformedException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;

    MalformedException(long byteOffset) {
      this.byteOffset = byteOffset;
    }

    public long byteOffset() {
      return byteOffset;
    }

    @Override
    public String getMessage() {
      return "not valid UTF-8 at byte offset " + byteOffset;
    }
  }

  private Utf8() {}

  /**
   * Decodes bytes, failing on the first malformed or truncated sequence. A leading byte-order
   * mark is dropped.
   *
   * @param bytes the bytes
   * @param from the first byte to decode
   * @param to the byte after the last one
   * @param baseOffset added to the reported offset (the bytes' position in their file)
   */
  public static String decode(byte[] bytes, int from, int to, long baseOffset) throws MalformedException {
    int start = from;
    if (to - from >= 3 && (bytes[from] & 0xff) == 0xEF && (bytes[from + 1] & 0xff) == 0xBB
        && (bytes[from + 2] & 0xff) == 0xBF) {
      start += 3;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
    CharBuffer out = CharBuffer.allocate(to - start);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      // the buffer's position is the first byte of the bad sequence, as an index into bytes
      throw new MalformedException(baseOffset + in.position() - from);
    }
    out.flip();
    return out.toString();
  }
}
