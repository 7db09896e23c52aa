package org.vanban.agency;

/**
 * One token of a text: a word (letters, digits and '&', as in "KH&ĐT") or a single punctuation mark.
 *
 * @param text  the token as written
 * @param key   lower case, diacritics removed, đ read as d ("Sở" gives "so"); punctuation as written
 * @param start offset of the first character in the text
 * @param end   offset just past the token
 */
public record Word(String text, String key, int start, int end) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0)) || text.charAt(0) == '&';
    }

    /** "Sở", "UBND", "Hải": starts with an upper-case letter. */
    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** "UBND", "GTVT", "KH&ĐT": two or more letters, all upper case. */
    public boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** "II", "XVI": upper-case Roman digits only, as in "Chi cục Thuế khu vực II". */
    public boolean isRomanNumber() {
        for (int i = 0; i < text.length(); i++) {
            if ("IVXLC".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    public boolean isDigits() {
        return Character.isDigit(text.charAt(0));
    }
}
