package vn.thidua.bloc;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Versioned;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.province.Provinces;
import vn.thidua.common.persistence.ReadOnly;

@ApplicationScoped
public class BlocService {

    static final String ENTITY = "Bloc";
    private static final Map<String, String> SORTS = Map.of("name", "name", "kind", "kind", "status", "status");

    @Inject
    BlocRepository blocs;

    @Inject
    BlocTerms terms;

    @Inject
    Provinces provinces;

    @Inject
    ProvinceScope scope;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @ReadOnly
    public Page<BlocData> list(Long provinceId, String q, BlocKind kind, BlocStatus status, PageRequest page) {
        return Page.of(blocs.search(scope.listScope().orElse(null), provinceId, q, kind, status,
                page.sort(SORTS, Sort.ascending("name").and("id"))), page, this::toData);
    }

    @ReadOnly
    public Versioned<BlocData> get(Long id) {
        return etags.versioned(toData(find(id)));
    }

    @Transactional
    public Versioned<BlocData> create(BlocInput input) {
        Long provinceId = scope.provinceForNew(input.provinceId(), "provinceId");
        requireFreeName(provinceId, input.name().trim(), null);
        Bloc bloc = new Bloc();
        bloc.provinceId = provinceId;
        apply(bloc, input);
        blocs.persistAndFlush(bloc);
        audit.created(bloc, bloc.snapshot().map());
        return etags.versioned(toData(bloc));
    }

    @Transactional
    public Versioned<BlocData> update(Long id, IfMatch ifMatch, BlocInput input) {
        Bloc bloc = findForWrite(id);
        ifMatch.require(etags.of(toData(bloc)));
        if (input.provinceId() != null && !input.provinceId().equals(bloc.provinceId)) {
            throw DomainException.rule("BLOC_PROVINCE_FIXED", Text.of("Không chuyển được khối sang tỉnh, thành phố khác.",
                    "A bloc cannot move to another province."), "provinceId");
        }
        requireFreeName(bloc.provinceId, input.name().trim(), id);
        if (input.kind() != bloc.kind && terms.countOf(id) > 0) {
            throw DomainException.rule("BLOC_KIND_LOCKED", Text.of(
                    "{0} đã có năm thi đua; không đổi được từ {1} sang {2}.",
                    "{0} has terms; it cannot change from {1} to {2}.").with(bloc.name, bloc.kind, input.kind()),
                    "kind");
        }
        var before = bloc.snapshot().map();
        apply(bloc, input);
        blocs.flush();
        audit.updated(bloc, before, bloc.snapshot().map(), null);
        return etags.versioned(toData(bloc));
    }

    @Transactional
    public void delete(Long id, IfMatch ifMatch) {
        Bloc bloc = findForWrite(id);
        ifMatch.require(etags.of(toData(bloc)));
        if (terms.countOf(id) > 0) {
            throw DomainException.conflict("BLOC_HAS_TERMS", Text.of(
                    "{0} đã có năm thi đua; hãy chuyển sang trạng thái giải thể thay vì xóa.",
                    "{0} has terms; dissolve it instead of deleting.").with(bloc.name));
        }
        var before = bloc.snapshot().map();
        blocs.delete(bloc);
        blocs.flush();
        audit.deleted(bloc, before, null);
    }

    /** The bloc when the caller sees its province; another province's bloc is as missing as an unknown id. */
    public java.util.Optional<Bloc> findOptional(Long id) {
        return blocs.findByIdOptional(id).filter(bloc -> scope.sees(bloc.provinceId));
    }

    public Bloc find(Long id) {
        return findOptional(id).orElseThrow(() -> DomainException.notFound("BLOC_NOT_FOUND", Text.of("khối, cụm thi đua", "bloc")));
    }

    private Bloc findForWrite(Long id) {
        scope.requireWriter();
        return find(id);
    }

    private static void apply(Bloc bloc, BlocInput input) {
        BlocStatus status = input.status() == null ? BlocStatus.ACTIVE : input.status();
        if (status == BlocStatus.DISSOLVED && input.dissolvedOn() == null) {
            throw DomainException.invalid("BLOC_DISSOLVED_NEEDS_DATE", "dissolvedOn",
                    Text.of("Cần ngày giải thể", "dissolvedOn is required"));
        }
        if (status == BlocStatus.ACTIVE && input.dissolvedOn() != null) {
            throw DomainException.invalid("BLOC_ACTIVE_NO_DISSOLUTION_DATE", "dissolvedOn", Text.of(
                    "Khối đang hoạt động không có ngày giải thể", "An active bloc has no dissolvedOn"));
        }
        bloc.rename(input.name().trim());
        bloc.kind = input.kind();
        bloc.description = input.description() == null || input.description().isBlank() ? null
                : input.description().trim();
        bloc.foundingDecision = DecisionRef.from(input.foundingDecision());
        bloc.status = status;
        bloc.dissolvedOn = input.dissolvedOn();
    }

    private BlocData toData(Bloc bloc) {
        return BlocData.of(bloc, provinces.ref(bloc.provinceId, null));
    }

    private void requireFreeName(Long provinceId, String name, Long self) {
        blocs.findByName(provinceId, name).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            String province = provinces.ref(provinceId, null).displayName();
            throw DomainException.conflict("BLOC_NAME_TAKEN",
                    Text.of("Đã có khối tên {0} ở {1}.", "A bloc named {0} exists in {1}.").with(name, province));
        });
    }
}
