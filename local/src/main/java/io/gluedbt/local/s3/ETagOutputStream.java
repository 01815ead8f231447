package io.gluedbt.local.s3;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.StreamCapabilities;
import org.apache.hadoop.fs.Syncable;

/**
 * A file written through {@link LocalS3FileSystem}: on close it records the content's MD5 where s3proxy's filesystem
 * store keeps an object's ETag (the user extended attribute {@value #ETAG_ATTRIBUTE}), so that the object has the
 * ETag S3 gives a single-part upload. Without extended attributes the object simply has no ETag.
 */
final class ETagOutputStream extends OutputStream implements Syncable, StreamCapabilities {
    /** s3proxy's name for it ({@code AbstractNio2BlobStore.XATTR_CONTENT_MD5}), through the same Java API. */
    static final String ETAG_ATTRIBUTE = "user.content-md5";

    private final FSDataOutputStream out;
    private final Path file;
    private final MessageDigest md5;
    private boolean closed;

    ETagOutputStream(FSDataOutputStream out, Path file) {
        this.out = out;
        this.file = file;
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has MD5", impossible);
        }
    }

    @Override
    public void write(int value) throws IOException {
        out.write(value);
        md5.update((byte) value);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        md5.update(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void hflush() throws IOException {
        out.hflush();
    }

    @Override
    public void hsync() throws IOException {
        out.hsync();
    }

    @Override
    public boolean hasCapability(String capability) {
        return out.hasCapability(capability);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.close();
        UserDefinedFileAttributeView view = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            view.write(ETAG_ATTRIBUTE, ByteBuffer.wrap(md5.digest()));
        } catch (FileSystemException | UnsupportedOperationException noExtendedAttributes) {
            // The file system keeps no user attributes (tmpfs without user_xattr): the object has no ETag.
        }
    }
}
