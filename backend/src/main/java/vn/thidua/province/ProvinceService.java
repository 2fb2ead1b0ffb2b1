package vn.thidua.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;

@ApplicationScoped
public class ProvinceService {

    private static final Map<String, String> SORTS = Map.of("code", "p.code", "name", "p.name", "activeFrom",
            "p.activeFrom");

    @Inject
    ProvinceRepository provinces;

    @Transactional
    public Page<ProvinceData> list(String q, String code, LocalDate activeOn, PageRequest page) {
        Sort sort = page.sort(SORTS, Sort.ascending("p.code"));
        return Page.of(provinces.search(q, code, activeOn, sort), page, ProvinceData::of);
    }

    @Transactional
    public ProvinceDetail get(Long id) {
        Province p = provinces.findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("tỉnh, thành phố / province", id));
        List<ProvinceName> sorted = p.sortedNames();
        List<ProvinceDetail.NameData> names = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ProvinceName n = sorted.get(i);
            LocalDate validTo = i + 1 < sorted.size() ? sorted.get(i + 1).validFrom.minusDays(1) : p.activeTo;
            names.add(new ProvinceDetail.NameData(n.name, n.level, n.level.display(n.name), n.validFrom, validTo));
        }
        return new ProvinceDetail(p.id, p.code, p.name, p.level, p.level.display(p.name), p.activeFrom, p.activeTo,
                names, p.version);
    }
}
