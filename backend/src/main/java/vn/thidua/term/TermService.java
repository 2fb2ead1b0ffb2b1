package vn.thidua.term;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditOperation;
import vn.thidua.bloc.Bloc;
import vn.thidua.bloc.BlocKind;
import vn.thidua.bloc.BlocService;
import vn.thidua.bloc.BlocStatus;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileService;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Versioned;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.province.ProvinceRef;
import vn.thidua.province.Provinces;
import vn.thidua.common.persistence.ReadOnly;

@ApplicationScoped
@Traced
public class TermService {

    static final String ENTITY = "Term";
    private static final Map<String, String> SORTS = Map.of("year", "t.year", "blocName", "b.name", "status",
            "t.status");

    @Inject
    FileService files;

    @Inject
    Transitions transitions;

    @Inject
    TermLifecycle lifecycle;

    @Inject
    TermRepository terms;

    @Inject
    BlocService blocs;

    @Inject
    TermRoster roster;

    @Inject
    Provinces provinces;

    @Inject
    ProvinceScope scope;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @Inject
    Clock clock;

    @ReadOnly
    public Page<TermData> list(Long provinceId, Integer year, Long blocId, Long unitId, TermStatus status, BlocKind kind,
            PageRequest page) {
        Sort sort = page.sort(SORTS, Sort.descending("t.year").and("b.name").and("t.id"));
        Page<Term> found = Page.of(terms.search(scope.listScope().orElse(null), provinceId, year, blocId, unitId, status, kind, sort), page, t -> t);
        Map<Long, TermRoster.Summary> summaries = roster.summarise(found.items().stream().map(t -> t.id).toList());
        List<TermData> items = found.items().stream()
                .map(t -> TermData.of(t, provinceOf(t), summaries.getOrDefault(t.id, TermRoster.Summary.EMPTY), scope.caller())).toList();
        return new Page<>(items, found.page(), found.size(), found.total());
    }

    @ReadOnly
    public Versioned<TermData> get(Long id) {
        return versioned(toData(find(id)));
    }

    @Transactional
    public Versioned<TermData> create(TermInput input) {
        scope.requireWriter();
        Bloc bloc = blocs.findOptional(input.blocId()).orElseThrow(() -> DomainException.rule("TERM_BLOC_UNKNOWN",
                Text.of("Khối đã chọn không tồn tại.", "The chosen bloc does not exist."), "blocId"));
        if (bloc.status != BlocStatus.ACTIVE) {
            throw DomainException.rule("TERM_BLOC_DISSOLVED", Text.of("{0} đã giải thể, không mở năm thi đua mới.",
                    "{0} is dissolved; no new term can open.").with(bloc.name), "blocId");
        }
        terms.findOfBloc(bloc.id, input.year()).ifPresent(existing -> {
            throw DomainException.conflict("TERM_YEAR_TAKEN", Text.of("{0} đã có năm thi đua {1}.",
                    "{0} already has a term for {1}.").with(bloc.name, input.year()));
        });
        Term term = new Term();
        term.bloc = bloc;
        term.year = input.year();
        term.decision = DecisionRef.from(input.decision());
        term.rules = rulesFrom(input.rules());
        terms.persistAndFlush(term);
        audit.created(term, term.snapshot().map());
        return versioned(toData(term));
    }

    @Transactional
    public Versioned<TermData> update(Long id, IfMatch ifMatch, TermUpdate input) {
        Term term = findForWrite(id);
        ifMatch.require(etags.of(toData(term).shared()));
        String correction = TermGuard.correctionReasonFor(term, input.correctionReason());
        var before = term.snapshot().map();
        term.decision = DecisionRef.from(input.decision());
        term.rules = input.rules() == null ? term.rules : rulesFrom(input.rules());
        terms.flush();
        audit.record(correction == null ? AuditOperation.UPDATE : AuditOperation.CORRECTION, term, before,
                term.snapshot().map(), correction);
        return versioned(toData(term));
    }

    /** One step forward along {@link TermLifecycle}; opening a term (→ ACTIVE) needs exactly one current LEADER. */
    @Transactional
    public Versioned<TermData> changeStatus(Long id, IfMatch ifMatch, TermStatusChange change) {
        Term term = findForWrite(id);
        ifMatch.require(etags.of(toData(term).shared()));
        transitions.move(lifecycle.of(), term, change.status(), change.reason());
        return versioned(toData(term));
    }

    /**
     * A past year recorded as the sources give it (ghi nhận theo tài liệu): its status jumps forward to
     * what the documents support without the lifecycle's guards (a leader, each step), marked as such
     * with the citation. Current and future years always take the normal path.
     */
    @Transactional
    public Versioned<TermData> recordFromSources(Long id, IfMatch ifMatch, TermSourcesRecord record) {
        Term term = findForWrite(id);
        ifMatch.require(etags.of(toData(term).shared()));
        int thisYear = LocalDate.now(clock).getYear();
        if (term.year >= thisYear) {
            throw DomainException.conflict("TERM_NOT_PAST_YEAR", Text.of(
                    "Chỉ năm thi đua đã qua mới được ghi nhận theo tài liệu; năm {0} của {1} đi theo các bước thông thường.",
                    "Only a past year can be recorded from sources; the {0} term of {1} takes the normal steps.")
                    .with(term.year, term.bloc.name));
        }
        if (record.status().ordinal() <= term.status.ordinal()) {
            throw DomainException.conflict("TERM_SOURCES_NOT_FORWARD", Text.of(
                    "Năm thi đua đang ở bước “{0}”; tài liệu chỉ ghi nhận được một bước sau đó, không phải “{1}”.",
                    "The term is at “{0}”; sources can record only a later step, not “{1}”.")
                    .with(term.status, record.status()));
        }
        var before = term.snapshot().map();
        term.status = record.status();
        term.recordedFromSources = true;
        term.sourcesReason = record.reason().trim();
        terms.flush();
        audit.record(AuditOperation.FROM_SOURCES, term, before, term.snapshot().map(), term.sourcesReason);
        return versioned(toData(term));
    }

    @Transactional
    public void delete(Long id, IfMatch ifMatch) {
        Term term = findForWrite(id);
        ifMatch.require(etags.of(toData(term).shared()));
        if (term.status != TermStatus.PLANNING || roster.countMembers(id) > 0) {
            throw DomainException.conflict("TERM_NOT_DELETABLE", Text.of(
                    "Chỉ xóa được năm thi đua ở bước “{0}” và chưa có thành viên.",
                    "Only a term still at “{0}” and without members can be deleted.").with(TermStatus.PLANNING));
        }
        if (!files.list(ENTITY, id, FileKind.DECISION_SCAN).isEmpty()) {
            throw DomainException.conflict("TERM_HAS_DECISION_SCANS", Text.of(
                    "Năm thi đua đã có bản quét quyết định (văn bản chính thức) nên không xóa được.",
                    "The term has decision scans (official acts) and cannot be deleted."));
        }
        var before = term.snapshot().map();
        terms.delete(term);
        terms.flush();
        audit.deleted(term, before, null);
    }

    /** The term when the caller sees its bloc's province; another province's term is as missing as an unknown id. */
    public Term find(Long id) {
        return terms.findWithBloc(id).filter(term -> scope.sees(term.bloc.provinceId))
                .orElseThrow(() -> DomainException.notFound("TERM_NOT_FOUND", Text.of("năm thi đua", "term")));
    }

    /** A term the caller may change (404 outside their scope, 403 for read-only callers). */
    public Term findForWrite(Long id) {
        scope.requireWriter();
        return find(id);
    }

    private Versioned<TermData> versioned(TermData data) {
        return etags.versioned(data, data.shared());
    }

    private TermData toData(Term term) {
        return TermData.of(term, provinceOf(term),
                roster.summarise(List.of(term.id)).getOrDefault(term.id, TermRoster.Summary.EMPTY), scope.caller());
    }

    /** The bloc's province as it was named in the term's year: a 2013 term of Hà Nam still shows Hà Nam. */
    private ProvinceRef provinceOf(Term term) {
        return provinces.ref(term.bloc.provinceId, term.firstDay());
    }

    private static TermRules rulesFrom(TermRulesData data) {
        TermRules rules = data == null ? new TermRules() : data.toRules();
        if (rules.quorumNumerator > rules.quorumDenominator) {
            throw DomainException.invalid("TERM_QUORUM_INVALID", "rules.quorumNumerator", Text.of(
                    "Tử số ({0}) không được lớn hơn mẫu số ({1})",
                    "The quorum numerator ({0}) must not exceed the denominator ({1})")
                    .with(rules.quorumNumerator, rules.quorumDenominator));
        }
        return rules;
    }
}
