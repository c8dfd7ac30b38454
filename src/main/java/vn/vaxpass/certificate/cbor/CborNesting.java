package vn.vaxpass.certificate.cbor;

/**
 * How deep a CBOR item nests (RFC 8949 §3), measured without recursion, before any decoder that recurses sees it.
 * PeterO's decoder recurses once per level of arrays, maps and tags and gives up only past 500 levels, which takes
 * about 600 KB of stack when it runs interpreted: a thread of 512 KB overflows first, and a 1 MB one has little to
 * spare under a web framework's frames. An EU DCC nests 6 levels at most (claims, hcert, DCC, {@code v}, entry, a
 * tagged value), a COSE_Sign1 message 4 (two tags, the array, a header map).
 *
 * <p>Each array, map, tag and indefinite-length string opens a level. Only the first item is measured, and the scan
 * stops without a verdict at anything malformed (a reserved head, a length past the end): saying what is wrong
 * with such bytes is the decoder's job; saying they nest too deep is this one's.
 */
public final class CborNesting {

    /** The deepest nesting the certificate chain decodes; deeper items are refused by the step that meets them. */
    public static final int MAX_DEPTH = 32;

    private static final long INDEFINITE = -1;
    private static final int BREAK = 0xFF;

    private CborNesting() {
    }

    /** Whether the first item of {@code data} nests deeper than {@code limit} levels. */
    public static boolean deeperThan(byte[] data, int limit) {
        long[] open = new long[limit + 1]; // items still expected by each open level, or INDEFINITE
        int depth = 0;
        int pos = 0;
        while (pos < data.length) {
            int initial = data[pos++] & 0xFF;
            if (initial == BREAK) {
                if (depth == 0 || open[depth - 1] != INDEFINITE) {
                    return false; // a break with nothing to end: malformed
                }
                depth--;
                depth = itemDone(open, depth);
                if (depth == 0) {
                    return false;
                }
                continue;
            }
            int major = initial >>> 5;
            int additional = initial & 0x1F;
            long argument;
            if (additional < 24) {
                argument = additional;
            } else if (additional <= 27) {
                int bytes = 1 << (additional - 24);
                if (pos + bytes > data.length) {
                    return false;
                }
                argument = 0;
                for (int i = 0; i < bytes; i++) {
                    argument = argument << 8 | (data[pos++] & 0xFF);
                }
            } else if (additional == 31 && (major == 2 || major == 3 || major == 4 || major == 5)) {
                argument = INDEFINITE;
            } else {
                return false; // reserved, or indefinite where none may be: malformed
            }
            if (additional == 27 && argument < 0 && major >= 2 && major <= 5) {
                return false; // a length of 2^63 or more: past any end
            }
            long expected;
            switch (major) {
                case 2, 3 -> {
                    if (argument != INDEFINITE) {
                        if (argument < 0 || argument > data.length - pos) {
                            return false;
                        }
                        pos += (int) argument;
                        expected = 0;
                    } else {
                        expected = INDEFINITE;
                    }
                }
                case 4 -> expected = argument;
                case 5 -> expected = argument == INDEFINITE ? INDEFINITE
                        : argument > Long.MAX_VALUE / 2 || argument < 0 ? Long.MAX_VALUE : 2 * argument;
                case 6 -> expected = 1;
                default -> expected = 0; // integers, simple values, floats
            }
            if (expected == 0) {
                depth = itemDone(open, depth);
                if (depth == 0) {
                    return false;
                }
            } else {
                if (depth == limit) {
                    return true;
                }
                open[depth++] = expected;
            }
        }
        return false;
    }

    /** One item of the innermost open level is complete; closes every level that this completes. */
    private static int itemDone(long[] open, int depth) {
        int level = depth;
        while (level > 0) {
            if (open[level - 1] == INDEFINITE) {
                return level;
            }
            if (--open[level - 1] > 0) {
                return level;
            }
            level--;
        }
        return 0;
    }
}
