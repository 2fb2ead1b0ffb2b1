package vn.thidua.term;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditOperation;
import vn.thidua.bloc.Bloc;
import vn.thidua.bloc.BlocKind;
import vn.thidua.bloc.BlocService;
import vn.thidua.bloc.BlocStatus;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.province.ProvinceRef;
import vn.thidua.province.Provinces;

@ApplicationScoped
public class TermService {

    static final String ENTITY = "Term";
    private static final Map<String, String> SORTS = Map.of("year", "t.year", "blocName", "b.name", "status",
            "t.status");

    @Inject
    TermRepository terms;

    @Inject
    BlocService blocs;

    @Inject
    TermRoster roster;

    @Inject
    Provinces provinces;

    @Inject
    AuditLog audit;

    @Transactional
    public Page<TermData> list(Long provinceId, Integer year, Long blocId, Long unitId, TermStatus status, BlocKind kind,
            PageRequest page) {
        Sort sort = page.sort(SORTS, Sort.descending("t.year").and("b.name").and("t.id"));
        Page<Term> found = Page.of(terms.search(provinceId, year, blocId, unitId, status, kind, sort), page, t -> t);
        Map<Long, TermRoster.Summary> summaries = roster.summarise(found.items().stream().map(t -> t.id).toList());
        List<TermData> items = found.items().stream()
                .map(t -> TermData.of(t, provinceOf(t), summaries.getOrDefault(t.id, TermRoster.Summary.EMPTY))).toList();
        return new Page<>(items, found.page(), found.size(), found.total());
    }

    @Transactional
    public TermData get(Long id) {
        return toData(find(id));
    }

    @Transactional
    public TermData create(TermInput input) {
        Bloc bloc = blocs.findOptional(input.blocId()).orElseThrow(() -> DomainException.rule(
                Text.of("Không có khối mã " + input.blocId(), "No bloc with id " + input.blocId()), "blocId"));
        if (bloc.status != BlocStatus.ACTIVE) {
            throw DomainException.rule(Text.of("Khối đã giải thể, không mở năm thi đua mới.",
                    "The bloc is dissolved; no new term can open."), "blocId");
        }
        terms.findOfBloc(bloc.id, input.year()).ifPresent(existing -> {
            throw DomainException.conflict(Text.of("Khối đã có năm thi đua " + input.year(),
                    "The bloc already has a term for " + input.year()));
        });
        Term term = new Term();
        term.bloc = bloc;
        term.year = input.year();
        term.decision = DecisionRef.from(input.decision());
        term.rules = rulesFrom(input.rules());
        terms.persistAndFlush(term);
        audit.created(ENTITY, term.id, term.snapshot().map());
        return toData(term);
    }

    @Transactional
    public TermData update(Long id, long expectedVersion, TermUpdate input) {
        Term term = find(id);
        ETags.check(term.version, expectedVersion);
        String correction = TermGuard.correctionReasonFor(term, input.correctionReason());
        var before = term.snapshot().map();
        term.decision = DecisionRef.from(input.decision());
        term.rules = input.rules() == null ? term.rules : rulesFrom(input.rules());
        terms.flush();
        audit.record(correction == null ? AuditOperation.UPDATE : AuditOperation.CORRECTION, ENTITY, id, before,
                term.snapshot().map(), correction);
        return toData(term);
    }

    /** One step forward; opening a term (→ ACTIVE) needs exactly one current LEADER. */
    @Transactional
    public TermData changeStatus(Long id, long expectedVersion, TermStatusChange change) {
        Term term = find(id);
        ETags.check(term.version, expectedVersion);
        if (term.status.next() != change.status()) {
            throw DomainException.conflict(Text.of(
                    "Không chuyển được từ " + term.status + " sang " + change.status() + "; bước kế tiếp là "
                            + term.status.next() + ".",
                    "Cannot move from " + term.status + " to " + change.status() + "; the next step is "
                            + term.status.next() + "."));
        }
        if (change.status() == TermStatus.ACTIVE && roster.summarise(List.of(id))
                .getOrDefault(id, TermRoster.Summary.EMPTY).leader() == null) {
            throw DomainException.rule(Text.of("Cần có đúng một Trưởng khối trước khi bắt đầu năm thi đua.",
                    "A term needs its LEADER before it becomes ACTIVE."), "status");
        }
        var before = term.snapshot().map();
        term.status = change.status();
        terms.flush();
        audit.record(AuditOperation.TRANSITION, ENTITY, id, before, term.snapshot().map(), change.reason());
        return toData(term);
    }

    @Transactional
    public void delete(Long id, long expectedVersion) {
        Term term = find(id);
        ETags.check(term.version, expectedVersion);
        if (term.status != TermStatus.PLANNING || roster.countMembers(id) > 0) {
            throw DomainException.conflict(Text.of("Chỉ xóa được năm thi đua đang lập kế hoạch và chưa có thành viên.",
                    "Only a PLANNING term without members can be deleted."));
        }
        var before = term.snapshot().map();
        terms.delete(term);
        terms.flush();
        audit.deleted(ENTITY, id, before, null);
    }

    public Term find(Long id) {
        return terms.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("năm thi đua / term", id));
    }

    private TermData toData(Term term) {
        return TermData.of(term, provinceOf(term),
                roster.summarise(List.of(term.id)).getOrDefault(term.id, TermRoster.Summary.EMPTY));
    }

    /** The bloc's province as it was named in the term's year: a 2013 term of Hà Nam still shows Hà Nam. */
    private ProvinceRef provinceOf(Term term) {
        return provinces.ref(term.bloc.provinceId, term.firstDay());
    }

    private static TermRules rulesFrom(TermRulesData data) {
        TermRules rules = data == null ? new TermRules() : data.toRules();
        if (rules.quorumNumerator > rules.quorumDenominator) {
            throw DomainException.invalid("rules.quorumNumerator", Text.of("Tử số không lớn hơn mẫu số",
                    "The quorum numerator must not exceed the denominator"));
        }
        return rules;
    }
}
