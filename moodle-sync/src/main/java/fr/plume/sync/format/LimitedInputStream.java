package fr.plume.sync.format;

import fr.plume.sync.i18n.Phrase;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link HostileInputException} once more than {@code max} bytes were read. */
public final class LimitedInputStream extends FilterInputStream {

    private final long max;
    private long count;

    public LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) {
        count += n;
        if (count > max) {
            throw new HostileInputException(Phrase.of("file.tooLarge", max / (1024 * 1024)));
        }
    }
}
