package vn.thidua.unit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.SeedCases;

/**
 * Search finds the usual abbreviations of Vietnamese department names as well as the full names,
 * with and without diacritics (docs/adr/0008-search-abbreviations.md), on the seed cases' names.
 */
@QuarkusTest
class UnitSearchTest {

    @BeforeEach
    void seed() {
        SeedCases.ensureLoaded();
    }

    /** The names of the Bắc Kạn units (province 06) the query finds, as the Thái Nguyên Board sees them. */
    private static List<String> bacKan(String q) {
        return Api.as(Actor.ADMIN).queryParam("q", q).queryParam("provinceId", Fixtures.provinceId("06"))
                .queryParam("size", 100).get("/api/v1/units").then().statusCode(200).extract().jsonPath()
                .getList("items.name");
    }

    @Test
    void abbreviationsFindTheFullNamesOfTheSeedUnits() {
        String snn = "Sở Nông nghiệp và Phát triển nông thôn";
        String bqlda = "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn";
        for (String q : List.of("NN&PTNT", "nnptnt", "nn&ptnt", "Nông nghiệp và Phát triển nông thôn",
                "nong nghiep va phat trien nong thon")) {
            assertThat(q, bacKan(q), hasItems(snn, bqlda));
        }
        assertThat(bacKan("BQL"), hasItems("Ban Quản lý các khu công nghiệp", "Ban Quản lý Vườn Quốc gia Ba Bể", bqlda));
        assertThat(bacKan("BQL"), not(hasItem("Sở Xây dựng")));
        assertThat(bacKan("BQL các KCN"), hasItem("Ban Quản lý các khu công nghiệp"));
        assertThat(bacKan("BQL các KCN"), not(hasItem("Ban Quản lý Vườn Quốc gia Ba Bể")));
        assertThat(bacKan("tai nguyen"), hasItem("Sở Tài nguyên và Môi trường"));
        assertThat(bacKan("TN&MT"), hasItem("Sở Tài nguyên và Môi trường"));
        assertThat(bacKan("TN&MT"), not(hasItem(snn)));
        assertThat(bacKan("GTVT"), hasItem("Sở Giao thông Vận tải"));
        assertThat(bacKan("Sở GTVT"), hasItem("Sở Giao thông Vận tải"));
        assertThat(bacKan("Sở GTVT"), not(hasItem("Sở Xây dựng")));
        assertThat(bacKan("QLDA"), hasItems(bqlda, "Ban Quản lý dự án đầu tư xây dựng công trình giao thông"));
        // The seed text's own short form of the deputy finds it.
        assertThat(bacKan("Ban QLDA đầu tư xây dựng công trình NN&PTNT"), hasItem(bqlda));
        assertThat(bacKan("Ban QLDA đầu tư xây dựng công trình NN&PTNT"), not(hasItem(snn)));
        // Hà Nam's Sở Khoa học và Công nghệ, read by the Board of Ninh Bình.
        Api.as(Actor.NB_ADMIN).queryParam("q", "KH&CN").queryParam("provinceId", Fixtures.provinceId("35"))
                .get("/api/v1/units").then().body("items.name", hasItem("Sở Khoa học và Công nghệ"))
                .body("items.name", not(hasItem("Sở Công Thương")));
    }

    @Test
    void namesWrittenWithAbbreviationsAreFoundByTheirFullWords() {
        String suffix = Fixtures.unique();
        long ldtbxh = Fixtures.unit().named("Sở LĐTB&XH " + suffix).create();
        long vhttdl = Fixtures.unit().named("Sở Văn hóa, Thể thao và Du lịch " + suffix).create();
        long ubnd = Fixtures.unit().named("Văn phòng UBND tỉnh " + suffix).create();
        for (String q : List.of("Lao động - Thương binh và Xã hội", "lao dong thuong binh va xa hoi", "LĐ-TB&XH",
                "ldtbxh")) {
            assertThat(q, ids(q + " " + suffix), equalTo(List.of(ldtbxh)));
        }
        for (String q : List.of("VH-TT&DL", "vhttdl", "van hoa the thao va du lich", "Văn hoá, Thể thao và Du lịch")) {
            assertThat(q, ids(q + " " + suffix), equalTo(List.of(vhttdl)));
        }
        assertThat(ids("Ủy ban nhân dân tỉnh " + suffix), equalTo(List.of(ubnd)));
        assertThat(ids("van phong ubnd tinh " + suffix), equalTo(List.of(ubnd)));
    }

    @Test
    void blocsAreFoundByTheirAbbreviationsToo() {
        // "Khối thi đua Kinh tế – Kỹ thuật (KT-KT)" in the Bắc Kạn text.
        for (String q : List.of("KT-KT", "ktkt", "kinh te ky thuat", "Kinh tế - Kỹ thuật")) {
            Api.as(Actor.ADMIN).queryParam("q", q).queryParam("provinceId", Fixtures.provinceId("06")).get("/api/v1/blocs")
                    .then().statusCode(200).body("items.name", hasItem("Khối thi đua Kinh tế – Kỹ thuật"));
        }
    }

    private static List<Long> ids(String q) {
        return Api.as(Actor.ADMIN).queryParam("q", q).get("/api/v1/units").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
    }
}
