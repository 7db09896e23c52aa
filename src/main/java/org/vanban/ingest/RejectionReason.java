package org.vanban.ingest;

/** Typed reasons to refuse a file, counted and reported, never swallowed. */
public enum RejectionReason {
    /** No bytes, or only whitespace once extracted. */
    EMPTY,
    /** A type we do not read (images, archives, executables). */
    UNSUPPORTED_TYPE,
    /** A type we read, but this file is corrupt, binary garbage or not text. */
    UNREADABLE,
    /** Larger than the configured limit, or expands past the extraction limits (zip bomb). */
    TOO_LARGE
}
