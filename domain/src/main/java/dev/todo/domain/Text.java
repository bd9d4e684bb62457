package dev.todo.domain;

/** Text rules shared by the value objects: length in code points and forbidden control characters. */
public final class Text {
    private Text() {}

    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** True if the text holds half of a surrogate pair without the other half (not valid UTF-16). */
    public static boolean hasLoneSurrogate(String value) {
        return value.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** True if the text holds a control character; line breaks and tabs count only when not allowed. */
    public static boolean hasControlCharacters(String value, boolean allowLineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII, the common case
            }
            int codePoint = value.codePointAt(i);
            if (isForbidden(codePoint, allowLineBreaks)) {
                return true;
            }
            i += Character.charCount(codePoint) - 1;
        }
        return false;
    }

    private static boolean isForbidden(int c, boolean allowLineBreaks) {
        if (allowLineBreaks && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * True if the text shows nothing: only white space and characters that Unicode says are invisible
     * (format characters such as U+200B, U+2060 and U+FEFF, and the other Default_Ignorable_Code_Points).
     */
    public static boolean isBlank(String value) {
        return value.codePoints()
                .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || isIgnorable(c));
    }

    private static boolean isIgnorable(int c) {
        return Character.getType(c) == Character.FORMAT
                || c == 0x034F // combining grapheme joiner
                || c == 0x115F
                || c == 0x1160
                || c == 0x3164
                || c == 0xFFA0 // Hangul fillers
                || c == 0x17B4
                || c == 0x17B5
                || (c >= 0x180B && c <= 0x180F) // Mongolian variation selectors
                || (c >= 0xFE00 && c <= 0xFE0F)
                || (c >= 0xE0100 && c <= 0xE01EF) // variation selectors
                || (c >= 0x2060 && c <= 0x206F)
                || (c >= 0xFFF0 && c <= 0xFFF8)
                || (c >= 0xE0000 && c <= 0xE0FFF); // tags and their reserved block
    }

    /** Requires a present, trimmed, bounded single-line text; returns it trimmed. */
    public static String requireLine(String field, String value, int maxLength) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        String trimmed = value.strip();
        if (isBlank(trimmed)) {
            throw new ValidationException(field, "must not be blank");
        }
        if (length(trimmed) > maxLength) {
            throw new ValidationException(field, "must be at most " + maxLength + " characters");
        }
        if (hasControlCharacters(trimmed, false)) {
            throw new ValidationException(field, "must not contain control characters");
        }
        return trimmed;
    }
}
