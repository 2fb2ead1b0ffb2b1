package vn.thidua.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditOperation;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Versioned;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.term.Term;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermService;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;
import vn.thidua.common.persistence.ReadOnly;

@ApplicationScoped
public class MembershipService {

    static final String ENTITY = "Membership";

    @Inject
    MembershipRepository memberships;

    @Inject
    MembershipRules rules;

    @Inject
    TermService terms;

    @Inject
    UnitRepository units;

    @Inject
    ProvinceScope scope;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @ReadOnly
    public Page<MembershipData> list(Long termId, MembershipRole role, PageRequest page) {
        terms.find(termId);
        boolean byName = "name".equals(page.sortKey(java.util.Set.of("role", "name")));
        return Page.ofRows(memberships.rowsOfTerm(termId, role, byName), page, rows -> {
            Map<Long, List<UnitRef.Name>> names = units.datedNames(rows.stream().map(MembershipRow::unitId).toList());
            return rows.stream().map(row -> tagged(MembershipData.of(row, names.get(row.unitId()))).body()).toList();
        });
    }

    @ReadOnly
    public Versioned<MembershipData> get(Long id) {
        return tagged(find(id));
    }

    @Transactional
    public Versioned<MembershipData> add(Long termId, MembershipInput input) {
        Term term = terms.findForWrite(termId);
        String correction = TermGuard.correctionReasonFor(term, input.correctionReason());
        Unit unit = units.findByIdOptional(input.unitId()).filter(found -> scope.sees(found.provinceId))
                .orElseThrow(() -> DomainException.rule("MEMBERSHIP_UNIT_UNKNOWN",
                        Text.of("Đơn vị đã chọn không tồn tại.", "The chosen unit does not exist."), "unitId"));
        if (!unit.provinceId.equals(term.bloc.provinceId)) {
            throw DomainException.rule("MEMBERSHIP_PROVINCE_MISMATCH", Text.of(
                    "{0} không thuộc tỉnh, thành phố của khối {1}; đơn vị chỉ tham gia khối thi đua của tỉnh mình.",
                    "{0} is not in the province of {1}; a unit joins only blocs of its own province.")
                    .with(unit.name, term.bloc.name), "unitId");
        }
        if (memberships.findInTerm(termId, unit.id).isPresent()) {
            throw DomainException.conflict("MEMBERSHIP_DUPLICATE", Text.of("{0} đã là thành viên năm thi đua này.",
                    "{0} is already a member of this term.").with(unit));
        }
        LocalDate joinedOn = input.joinedOn() != null ? input.joinedOn()
                : (unit.activeFrom.isAfter(term.firstDay()) ? unit.activeFrom : term.firstDay());
        rules.check(term, unit, input.role(), joinedOn, null, null);
        Membership m = new Membership();
        m.term = term;
        m.unit = unit;
        m.termYear = term.year;
        m.blocKind = term.bloc.kind;
        m.role = input.role();
        m.joinedOn = joinedOn;
        memberships.persistAndFlush(m);
        audit.record(correction == null ? AuditOperation.CREATE : AuditOperation.CORRECTION, m,
                java.util.Map.of(), m.snapshot().map(), correction);
        return tagged(m);
    }

    @Transactional
    public Versioned<MembershipData> update(Long id, IfMatch ifMatch, MembershipUpdate input) {
        Membership m = findForWrite(id);
        ifMatch.require(etags.of(MembershipData.of(m)));
        String correction = TermGuard.correctionReasonFor(m.term, input.correctionReason());
        if (input.leftOn() != null && (input.leftReason() == null || input.leftReason().isBlank())) {
            throw DomainException.invalid("MEMBERSHIP_LEFT_NEEDS_REASON", "leftReason",
                    Text.of("Cần lý do rời khối", "leftReason is required"));
        }
        rules.check(m.term, m.unit, input.role(), input.joinedOn(), input.leftOn(), m.id);
        var before = m.snapshot().map();
        m.role = input.role();
        m.joinedOn = input.joinedOn();
        m.leftOn = input.leftOn();
        m.leftReason = input.leftOn() == null ? null : input.leftReason().trim();
        memberships.flush();
        audit.record(correction == null ? AuditOperation.UPDATE : AuditOperation.CORRECTION, m, before,
                m.snapshot().map(), correction);
        return tagged(m);
    }

    /** Removes an entry made in error; a CLOSED term's members are ended (leftOn), never deleted. */
    @Transactional
    public void delete(Long id, IfMatch ifMatch) {
        Membership m = findForWrite(id);
        ifMatch.require(etags.of(MembershipData.of(m)));
        if (m.term.isClosed()) {
            throw DomainException.conflict("MEMBERSHIP_TERM_CLOSED", Text.of(
                    "Năm thi đua {0} đã kết thúc; không xóa thành viên, hãy ghi ngày rời khối.",
                    "The {0} term is closed; members cannot be deleted, record that they left.").with(m.term.year));
        }
        var before = m.snapshot().map();
        memberships.delete(m);
        memberships.flush();
        audit.deleted(m, before, null);
    }

    /** The membership with its ETag, in the body too so that lists carry it. */
    private Versioned<MembershipData> tagged(Membership m) {
        return tagged(MembershipData.of(m));
    }

    private Versioned<MembershipData> tagged(MembershipData data) {
        return etags.carrying(data, data::withEtag);
    }

    /** The membership when the caller sees its term's province; otherwise as missing as an unknown id. */
    Membership find(Long id) {
        return memberships.findByIdOptional(id).filter(m -> scope.sees(m.term.bloc.provinceId))
                .orElseThrow(() -> DomainException.notFound("MEMBERSHIP_NOT_FOUND", Text.of("thành viên", "membership")));
    }

    private Membership findForWrite(Long id) {
        scope.requireWriter();
        return find(id);
    }
}
