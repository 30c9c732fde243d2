package dev.customers.core.imports;

import dev.customers.api.ImportJobId;
import dev.customers.api.OrganizationId;
import dev.customers.api.spi.Storage;
import java.io.IOException;
import java.io.InputStream;

/**
 * A job's stored source as a stream, read one chunk at a time, each in its own short read: memory
 * holds one chunk, and no transaction stays open while rows are imported.
 */
final class StoredSource extends InputStream {
  private final Storage storage;
  private final OrganizationId organization;
  private final ImportJobId job;
  private final int chunks;
  private int next;
  private byte[] chunk = new byte[0];
  private int position;

  StoredSource(Storage storage, OrganizationId organization, ImportJobId job, int chunks) {
    this.storage = storage;
    this.organization = organization;
    this.job = job;
    this.chunks = chunks;
  }

  @Override
  public int read() throws IOException {
    if (!ensure()) {
      return -1;
    }
    return chunk[position++] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!ensure()) {
      return -1;
    }
    int count = Math.min(length, chunk.length - position);
    System.arraycopy(chunk, position, into, offset, count);
    position += count;
    return count;
  }

  private boolean ensure() throws IOException {
    while (position == chunk.length) {
      if (next == chunks) {
        return false;
      }
      int index = next++;
      try {
        chunk = readChunk(index);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      position = 0;
    }
    return true;
  }

  private byte[] readChunk(int index) {
    // A chunk read that a dropped connection cuts off is read again, as a batch is written again.
    for (int attempt = 1; ; attempt++) {
      try {
        return storage.read(
            session ->
                session
                    .imports()
                    .sourceChunk(organization, job, index)
                    .orElseThrow(
                        () ->
                            new java.io.UncheckedIOException(
                                new IOException(
                                    "chunk "
                                        + index
                                        + " of import "
                                        + job
                                        + "'s source is missing"))));
      } catch (dev.customers.api.StorageException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }
}
