package vn.thidua.common.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The usual abbreviations of Vietnamese public-body names (the one dictionary; docs/adr/0008):
 * "NN&PTNT" is "Nông nghiệp và Phát triển nông thôn", "BQL" "Ban Quản lý", and so on. Each phrase
 * lists the written forms seen in documents; the compact form (without "&", "-", ",") is derived.
 * Only phrases with unambiguous abbreviations belong here ("CT", "XD" do not).
 */
final class Abbreviations {

    private static final Map<String, List<String>> PHRASES = new LinkedHashMap<>();

    static {
        phrase("Nông nghiệp và Phát triển nông thôn", "NN&PTNT", "NN và PTNT");
        phrase("Phát triển nông thôn", "PTNT");
        phrase("Nông nghiệp và Môi trường", "NN&MT");
        phrase("Tài nguyên và Môi trường", "TN&MT", "TNMT");
        phrase("Khoa học và Công nghệ", "KH&CN", "KHCN");
        phrase("Kế hoạch và Đầu tư", "KH&ĐT", "KHĐT");
        phrase("Giao thông vận tải", "GTVT");
        phrase("Thông tin và Truyền thông", "TT&TT", "TTTT");
        phrase("Lao động - Thương binh và Xã hội", "LĐTB&XH", "LĐ-TB&XH", "LĐTBXH");
        phrase("Văn hóa, Thể thao và Du lịch", "VH-TT&DL", "VHTT&DL", "VH,TT&DL", "VHTTDL");
        phrase("Giáo dục và Đào tạo", "GD&ĐT", "GDĐT");
        phrase("Ban Quản lý", "BQL");
        phrase("Quản lý dự án", "QLDA");
        phrase("Đầu tư xây dựng", "ĐTXD");
        phrase("Khu công nghiệp", "KCN");
        phrase("Khu kinh tế", "KKT");
        phrase("Ủy ban nhân dân", "UBND");
        phrase("Hội đồng nhân dân", "HĐND");
        phrase("Mặt trận Tổ quốc", "MTTQ");
        phrase("Thi đua - Khen thưởng", "TĐKT", "TĐ-KT");
        phrase("Kinh tế - Kỹ thuật", "KT-KT", "KTKT");
        phrase("Kho bạc Nhà nước", "KBNN");
        phrase("Bảo hiểm xã hội", "BHXH");
        phrase("Hợp tác xã", "HTX");
    }

    /** Folded abbreviation (every written form and the compact one) → the folded phrase. */
    private static final Map<String, String> EXPANSIONS = new LinkedHashMap<>();
    /** Folded, punctuation-free phrase → its compact abbreviations, for the index's acronym part. */
    private static final Map<String, List<String>> ACRONYMS = new LinkedHashMap<>();
    private static final Pattern ABBREVIATION;

    static {
        PHRASES.forEach((phrase, forms) -> {
            String folded = SearchText.searchFold(phrase);
            List<String> compact = new ArrayList<>();
            for (String form : forms) {
                String written = SearchText.searchFold(form);
                EXPANSIONS.put(written, folded);
                String squeezed = squeeze(written);
                EXPANSIONS.putIfAbsent(squeezed, folded);
                if (!compact.contains(squeezed)) {
                    compact.add(squeezed);
                }
            }
            ACRONYMS.put(SearchText.words(folded), List.copyOf(compact));
        });
        List<String> keys = new ArrayList<>(EXPANSIONS.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String key : keys) {
            alternation.append(alternation.isEmpty() ? "" : "|").append(Pattern.quote(key));
        }
        // Whole tokens only: "bql" in "bql cac kcn", never inside a word.
        ABBREVIATION = Pattern.compile("(?<![\\p{L}\\p{N}&.-])(" + alternation + ")(?![\\p{L}\\p{N}&-])");
    }

    private Abbreviations() {
    }

    private static void phrase(String phrase, String... forms) {
        PHRASES.put(phrase, List.of(forms));
    }

    /** Folded text with every known abbreviation written out: "so nn&ptnt" → "so nong nghiep va phat trien nong thon". */
    static String expand(String folded) {
        Matcher matcher = ABBREVIATION.matcher(folded);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(" " + EXPANSIONS.get(matcher.group(1)) + " "));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The compact abbreviations of the phrases that {@code words} (expanded, punctuation-free) contains. */
    static List<String> acronymsIn(String words) {
        List<String> found = new ArrayList<>();
        String padded = " " + words + " ";
        ACRONYMS.forEach((phrase, compact) -> {
            if (padded.contains(" " + phrase + " ")) {
                found.addAll(compact);
            }
        });
        return found;
    }

    private static String squeeze(String written) {
        return written.replaceAll("[&,\\-\\s]|\\bva\\b", "");
    }
}
