package vn.thidua.province;

/** A province as referenced from a unit, bloc or term, named as it was on the date that matters there. */
public record ProvinceRef(Long id, String code, String name, ProvinceLevel level) {

    /** "tỉnh Hà Nam". */
    public String displayName() {
        return level.display(name);
    }
}
