package dev.todo.domain;

/** Text rules shared by the value objects: length in code points and forbidden control characters. */
public final class Text {
    private Text() {}

    public static int length(String value) {
        return value.codePointCount(0, value.length());
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

    /** Requires a present, trimmed, bounded single-line text; returns it trimmed. */
    public static String requireLine(String field, String value, int maxLength) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
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
