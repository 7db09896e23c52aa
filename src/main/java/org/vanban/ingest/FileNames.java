package org.vanban.ingest;

/** Upload file names made safe to keep and show. */
public final class FileNames {

    private FileNames() {
    }

    /** Placeholder until the extractor work lands: last path segment, control characters dropped. */
    public static String sanitize(String name) {
        if (name == null) {
            return "upload";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (last.length() > 200) {
            last = last.substring(last.length() - 200);
        }
        return last.isEmpty() || last.equals("..") || last.equals(".") ? "upload" : last;
    }
}
