package vn.thidua.common.error;

/**
 * A value shown to users by its label, never its constant name: enums of the domain implement it so
 * that messages say "Đang lập kế hoạch" / "Planning", not "PLANNING" (see {@link Text#with}).
 */
public interface Labelled {

    Text label();
}
