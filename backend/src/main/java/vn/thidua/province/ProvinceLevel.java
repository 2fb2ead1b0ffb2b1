package vn.thidua.province;

/** Tỉnh or thành phố trực thuộc trung ương; a province's level can change with its name (Huế, 2025). */
public enum ProvinceLevel {
    TINH("tỉnh"), THANH_PHO("thành phố");

    private final String label;

    ProvinceLevel(String label) {
        this.label = label;
    }

    /** "tỉnh Bắc Kạn", "thành phố Hà Nội" (as in "UBND tỉnh Hà Nam"). */
    public String display(String name) {
        return label + " " + name;
    }
}
