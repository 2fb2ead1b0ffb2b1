package vn.thidua.bloc;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.thidua.audit.AuditLog;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;

@ApplicationScoped
public class BlocService {

    static final String ENTITY = "Bloc";
    private static final Map<String, String> SORTS = Map.of("name", "name", "kind", "kind", "status", "status");

    @Inject
    BlocRepository blocs;

    @Inject
    BlocTerms terms;

    @Inject
    AuditLog audit;

    @Transactional
    public Page<BlocData> list(String q, BlocKind kind, BlocStatus status, PageRequest page) {
        return Page.of(blocs.search(q, kind, status, page.sort(SORTS, Sort.ascending("name").and("id"))), page,
                BlocData::of);
    }

    @Transactional
    public BlocData get(Long id) {
        return BlocData.of(find(id));
    }

    @Transactional
    public BlocData create(BlocInput input) {
        requireFreeName(input.name().trim(), null);
        Bloc bloc = new Bloc();
        apply(bloc, input);
        blocs.persistAndFlush(bloc);
        audit.created(ENTITY, bloc.id, bloc.snapshot().map());
        return BlocData.of(bloc);
    }

    @Transactional
    public BlocData update(Long id, long expectedVersion, BlocInput input) {
        Bloc bloc = find(id);
        ETags.check(bloc.version, expectedVersion);
        requireFreeName(input.name().trim(), id);
        if (input.kind() != bloc.kind && terms.countOf(id) > 0) {
            throw DomainException.rule(Text.of("Khối đã có năm thi đua; không đổi được loại khối/cụm.",
                    "The bloc has terms; its kind cannot change."), "kind");
        }
        var before = bloc.snapshot().map();
        apply(bloc, input);
        blocs.flush();
        audit.updated(ENTITY, id, before, bloc.snapshot().map(), null);
        return BlocData.of(bloc);
    }

    @Transactional
    public void delete(Long id, long expectedVersion) {
        Bloc bloc = find(id);
        ETags.check(bloc.version, expectedVersion);
        if (terms.countOf(id) > 0) {
            throw DomainException.conflict(Text.of("Khối đã có năm thi đua; hãy chuyển sang trạng thái giải thể.",
                    "The bloc has terms; dissolve it instead of deleting."));
        }
        var before = bloc.snapshot().map();
        blocs.delete(bloc);
        blocs.flush();
        audit.deleted(ENTITY, id, before, null);
    }

    public java.util.Optional<Bloc> findOptional(Long id) {
        return blocs.findByIdOptional(id);
    }

    public Bloc find(Long id) {
        return blocs.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("khối / bloc", id));
    }

    private static void apply(Bloc bloc, BlocInput input) {
        BlocStatus status = input.status() == null ? BlocStatus.ACTIVE : input.status();
        if (status == BlocStatus.DISSOLVED && input.dissolvedOn() == null) {
            throw DomainException.invalid("dissolvedOn", Text.of("Cần ngày giải thể", "dissolvedOn is required"));
        }
        if (status == BlocStatus.ACTIVE && input.dissolvedOn() != null) {
            throw DomainException.invalid("dissolvedOn", Text.of("Khối đang hoạt động không có ngày giải thể",
                    "An active bloc has no dissolvedOn"));
        }
        bloc.rename(input.name().trim());
        bloc.kind = input.kind();
        bloc.description = input.description() == null || input.description().isBlank() ? null
                : input.description().trim();
        bloc.foundingDecision = DecisionRef.from(input.foundingDecision());
        bloc.status = status;
        bloc.dissolvedOn = input.dissolvedOn();
    }

    private void requireFreeName(String name, Long self) {
        blocs.findByName(name).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw DomainException.conflict(Text.of("Đã có khối tên " + name, "A bloc named " + name + " exists"));
        });
    }
}
