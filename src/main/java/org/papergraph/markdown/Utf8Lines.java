package org.papergraph.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a stream line by line as strict UTF-8, splitting on bytes first so that a bad byte or a NUL is reported at
 * its own line (a decoding reader reads ahead and would blame the line it was on). Ends lines at LF, CRLF or CR, as
 * CommonMark does, and drops a leading byte-order mark.
 */
final class Utf8Lines {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[1 << 16];
    private int pos, end;
    private byte[] line = new byte[256];
    private int lineNo;
    private boolean eof;

    Utf8Lines(InputStream in) { this.in = in; }

    /** The number of the last line returned, from 1. */
    int lineNumber() { return lineNo; }

    /** The next line without its ending, or null at the end. */
    String next() {
        int len = 0;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                if (!any) return null;
                break;
            }
            any = true;
            byte b = buf[pos++];
            if (b == '\n') break;
            if (b == '\r') {
                if (pos == end) fill();
                if (pos < end && buf[pos] == '\n') pos++;
                break;
            }
            if (len == line.length) line = Arrays.copyOf(line, len * 2);
            line[len++] = b;
        }
        lineNo++;
        String s = decode(len);
        if (lineNo == 1 && s.startsWith("\uFEFF")) s = s.substring(1);
        if (s.indexOf('\0') >= 0)
            throw new SourceError(lineNo, "binary data (a NUL byte): this is not a Markdown text file");
        return s;
    }

    private String decode(int len) {
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, 0, len));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new SourceError(lineNo, "not UTF-8 text (a malformed byte sequence): is this a Markdown file?");
        }
    }

    private boolean fill() {
        if (eof) return false;
        try {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
