package vn.thidua.province;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.Versioned;
import vn.thidua.common.persistence.ReadOnly;

@ApplicationScoped
public class ProvinceService {

    private static final Map<String, String> SORTS = Map.of("code", "p.code", "name", "p.name", "activeFrom",
            "p.activeFrom");

    @Inject
    ProvinceRepository provinces;

    @Inject
    ProvinceSuccessionRepository successions;

    @Inject
    ETags etags;

    @ReadOnly
    public Page<ProvinceData> list(String q, String code, LocalDate activeOn, PageRequest page) {
        Sort sort = page.sort(SORTS, Sort.ascending("p.code"));
        return Page.of(provinces.search(q, code, activeOn, sort), page, ProvinceData::of);
    }

    @ReadOnly
    public Versioned<ProvinceDetail> get(Long id) {
        Province p = provinces.findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("PROVINCE_NOT_FOUND", Text.of("tỉnh, thành phố", "province")));
        List<ProvinceDetail.NameData> names = p.namePeriods().stream().map(period -> new ProvinceDetail.NameData(
                period.name().name, period.name().level, period.name().displayName(), period.name().validFrom,
                period.validTo())).toList();
        List<ProvinceSuccessionData> history = successions.involving(id).stream().map(ProvinceSuccessionData::of)
                .toList();
        return etags.versioned(new ProvinceDetail(p.id, p.code, p.name, p.level, p.level.display(p.name), p.activeFrom,
                p.activeTo, names, history, p.version));
    }
}
