package vn.thidua.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.access.CallerScope.Reach;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.security.CurrentUser;

/**
 * The one place that decides which provinces the caller reaches (docs/adr/0005-province-scope.md).
 * Services ask it before they show or change a row: another province's row is reported exactly as a
 * missing one (404), lists are restricted to {@link #listScope()}, and only a Board admin writes,
 * in their own province and its predecessors. Resolved once per request.
 */
@RequestScoped
public class ProvinceScope {

    @Inject
    CurrentUser user;

    @Inject
    UnitPlaces units;

    @Inject
    ProvincePlaces provinces;

    @Inject
    Clock clock;

    private CallerScope caller;

    /** The caller's scope; 403 when the token names no usable unit or province. */
    public CallerScope caller() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    /** Whether the caller may read rows of this province. */
    public boolean sees(Long provinceId) {
        return caller().sees(provinceId);
    }

    /** Passes when the caller sees the province; otherwise throws {@code notFound}, as for a missing id. */
    public void requireSees(Long provinceId, Supplier<? extends RuntimeException> notFound) {
        if (!sees(provinceId)) {
            throw notFound.get();
        }
    }

    /** Passes when the caller may change rows of this province: 403 for read-only callers, else as {@link #requireSees}. */
    public void requireWrites(Long provinceId, Supplier<? extends RuntimeException> notFound) {
        requireWriter();
        requireSees(provinceId, notFound);
    }

    /** 403 unless the caller is a Board admin (national and read-only callers write nothing). */
    public void requireWriter() {
        CallerScope scope = caller();
        if (scope.isNational()) {
            throw DomainException.forbidden("NATIONAL_READ_ONLY", Text.of(
                    "Tài khoản cấp Bộ (toàn quốc) chỉ được xem, không được thay đổi dữ liệu.",
                    "National (Ministry) accounts read only; they cannot change data."));
        }
        if (!scope.writes()) {
            throw DomainException.forbidden("READ_ONLY_ACCOUNT",
                    Text.of("Tài khoản này chỉ được xem.", "This account reads only."));
        }
    }

    /** The provinces a list may show; empty when the caller sees every province (national). */
    public Optional<Set<Long>> listScope() {
        CallerScope scope = caller();
        return scope.isNational() ? Optional.empty() : Optional.of(scope.provinceIds());
    }

    /**
     * The province a new unit or bloc belongs to: {@code requested} when the caller writes there, the
     * caller's own province when none is requested; 422 for a province outside the caller's scope.
     */
    public Long provinceForNew(Long requested, String field) {
        requireWriter();
        CallerScope scope = caller();
        if (requested == null) {
            return scope.provinceId();
        }
        if (!scope.sees(requested)) {
            throw DomainException.rule("PROVINCE_OUT_OF_SCOPE", Text.of(
                    "Tỉnh, thành phố được chọn không thuộc phạm vi quản lý của tài khoản.",
                    "The chosen province is outside this account's scope."), field);
        }
        return requested;
    }

    /** The officer's unit id, if the caller is an officer. */
    public Optional<Long> unitId() {
        return Optional.ofNullable(caller().unitId());
    }

    private CallerScope resolve() {
        if (user.isNational()) {
            return CallerScope.national();
        }
        LocalDate today = LocalDate.now(clock);
        UnitPlaces.UnitPlace unit = user.isOfficer() ? officerUnit(today) : null;
        if (unit != null && !user.isAdmin()) {
            return new CallerScope(Reach.OFFICER, unit.provinceId(), null, provinces.scopeOf(unit.provinceId()),
                    unit.unitId());
        }
        ProvincePlaces.ProvincePlace province = claimedProvince(today);
        return new CallerScope(user.isAdmin() ? Reach.BOARD : Reach.READER, province.provinceId(), province.code(),
                provinces.scopeOf(province.provinceId()), unit == null ? null : unit.unitId());
    }

    /**
     * The active unit the token names, by (claim {@code province}, claim {@code unit}): unit codes are unique
     * per province only, so a code alone could name units of two provinces. The province is the unit's own
     * (a Bắc Kạn unit keeps 06 after the 2025 merger), hence not required to be current.
     */
    private UnitPlaces.UnitPlace officerUnit(LocalDate today) {
        String code = user.unitCode().orElseThrow(() -> DomainException.forbidden("OFFICER_WITHOUT_UNIT", Text.of(
                "Tài khoản cán bộ chưa được gán đơn vị (thuộc tính 'unit').",
                "This officer account has no unit (attribute 'unit').")));
        String provinceCode = user.provinceCode().orElseThrow(() -> DomainException.forbidden(
                "OFFICER_WITHOUT_PROVINCE", Text.of(
                        "Tài khoản cán bộ chưa được gán tỉnh, thành phố của đơn vị (thuộc tính 'province'); mã đơn vị {0}"
                                + " chỉ duy nhất trong một tỉnh nên không đủ để xác định đơn vị.",
                        "This officer account has no province of its unit (attribute 'province'); unit code {0} is"
                                + " unique only within a province, so it does not name one unit.").with(code)));
        ProvincePlaces.ProvincePlace province = provinces.provinceOfCode(provinceCode)
                .orElseThrow(() -> unknownProvince(provinceCode));
        UnitPlaces.UnitPlace unit = units.unitOf(province.provinceId(), code)
                .orElseThrow(() -> DomainException.forbidden("OFFICER_UNIT_NOT_IN_PROVINCE", Text.of(
                        "Tỉnh, thành phố {1} trong mã truy cập không có đơn vị mã {0}.",
                        "The token's province {1} has no unit with code {0}.").with(code, provinceCode)));
        if (!unit.isActiveOn(today)) {
            throw DomainException.forbidden("OFFICER_UNIT_INACTIVE", Text.of(
                    "Đơn vị {0} trong mã truy cập đã ngừng hoạt động.",
                    "The token's unit {0} is no longer active.").with(code));
        }
        return unit;
    }

    private ProvincePlaces.ProvincePlace claimedProvince(LocalDate today) {
        String code = user.provinceCode().orElseThrow(() -> DomainException.forbidden("PROVINCE_CLAIM_MISSING", Text.of(
                "Tài khoản chưa được gán tỉnh, thành phố (thuộc tính 'province'); đề nghị quản trị hệ thống gán mã tỉnh.",
                "This account has no province (attribute 'province'); ask the system administrator to set one.")));
        return provinces.provinceOfCode(code).filter(found -> found.isActiveOn(today))
                .orElseThrow(() -> unknownProvince(code));
    }

    private static DomainException unknownProvince(String code) {
        return DomainException.forbidden("PROVINCE_CLAIM_UNKNOWN", Text.of(
                "Mã tỉnh, thành phố {0} trong mã truy cập không tồn tại hoặc đã ngừng hoạt động.",
                "The token's province {0} does not exist or no longer exists.").with(code));
    }
}
