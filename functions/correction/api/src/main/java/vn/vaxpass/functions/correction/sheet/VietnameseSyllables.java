package vn.vaxpass.functions.correction.sheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word can be one Vietnamese syllable as the standard orthography writes it: an initial consonant, a vowel
 * nucleus (with its glides), a final consonant, at most one tone mark and on the vowel that carries it, and one letter
 * case (lower, Capitalised or UPPER). What tells a name typed in Unicode from the same bytes read in a legacy encoding:
 * {@code Nguyễn} is one, {@code NguyÔn} (TCVN3 read as Latin-1) and {@code Nguyeãn} (VNI) are not, nor is
 * {@code Phaùm} (VNI's {@code Phạm} read as TCVN3: a tone on the glide of {@code au}, which takes no final). Minority
 * names' words ({@code Êban}, {@code Mlô}) need not be: they are only asked about when a cell holds letters no
 * Vietnamese name has.
 */
final class VietnameseSyllables {

    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final Pattern SYLLABLE = Pattern.compile("(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
            + "(uyê|uya|uyu|uây|uôi|ươi|ươu|iêu|yêu|oai|oay|oao|oeo"
            + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê"
            + "|[aăâeêioôơuưy])(ng|nh|ch|[cmnpt])?");
    /** Nuclei that end in a glide: they take no final consonant, and their tone is never on the glide. */
    private static final Set<String> GLIDE_ENDED = Set.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu",
            "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi",
            "ươi", "ươu", "uya", "uyu");
    /** Nuclei whose tone, without a final, goes on either vowel (hóa and hoá, thủy and thuỷ). */
    private static final Set<String> EITHER_VOWEL = Set.of("oa", "oe", "uy", "uê", "uơ");
    /** Nuclei never written without a final consonant (ăn, cân, tiên, yên, muôn, người, xoong, hoặc, xuân). */
    private static final Set<String> NEED_FINAL = Set.of("ă", "â", "iê", "yê", "uô", "ươ", "oo", "oă", "uâ");

    private VietnameseSyllables() {
    }

    static boolean isSyllable(String word) {
        if (word.isEmpty() || !oneCase(word)) {
            return false;
        }
        String lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        StringBuilder toneless = new StringBuilder();
        int tones = 0;
        int toned = -1;
        for (int i = 0; i < lower.length(); i++) {
            String letter = Normalizer.normalize(String.valueOf(lower.charAt(i)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            for (char c : letter.toCharArray()) {
                if (TONE_MARKS.indexOf(c) >= 0) {
                    tones++;
                    toned = toneless.length();
                } else {
                    base.append(c);
                }
            }
            String composed = Normalizer.normalize(base, Normalizer.Form.NFC);
            if (composed.length() != 1) {
                return false;
            }
            toneless.append(composed);
        }
        Matcher syllable = SYLLABLE.matcher(toneless);
        if (tones > 1 || !syllable.matches()) {
            return false;
        }
        String nucleus = syllable.group(2);
        boolean coda = syllable.group(3) != null;
        if (GLIDE_ENDED.contains(nucleus) && coda || NEED_FINAL.contains(nucleus) && !coda) {
            return false;
        }
        if (toned < 0 || nucleus.length() == 1) {
            return toned < 0 || toned == syllable.start(2);
        }
        int last = syllable.end(2) - 1;
        if (coda || !GLIDE_ENDED.contains(nucleus) && !EITHER_VOWEL.contains(nucleus)) {
            return toned == last;
        }
        return EITHER_VOWEL.contains(nucleus) ? toned == last || toned == last - 1 : toned == last - 1;
    }

    private static boolean oneCase(String word) {
        String rest = word.substring(1);
        return rest.equals(rest.toLowerCase(Locale.ROOT)) || word.equals(word.toUpperCase(Locale.ROOT));
    }
}
