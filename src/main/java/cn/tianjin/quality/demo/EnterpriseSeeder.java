package cn.tianjin.quality.demo;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.Industry;
import cn.tianjin.quality.enterprise.SizeClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** About 30 fictional Tianjin enterprises from {@code demo/enterprises.csv}, in the file's order. */
@ApplicationScoped
class EnterpriseSeeder {
    @Inject
    EnterpriseService enterprises;

    List<Enterprise> seed() {
        List<Enterprise> made = new ArrayList<>();
        for (String[] row : DemoFiles.csv("demo/enterprises.csv")) {
            made.add(enterprises.createWithoutUser(enterprise(row)));
        }
        return made;
    }

    private static Enterprise enterprise(String[] r) {
        // code,name,name_en,district,address,industry,size,founded,legal_rep,contact,phone,email
        Enterprise e = new Enterprise();
        e.setCreditCode(r[0]);
        e.setName(r[1]);
        e.setDistrictCode(r[3]);
        e.setAddress(r[4]);
        e.setIndustry(Industry.valueOf(r[5]));
        e.setSize(SizeClass.valueOf(r[6]));
        e.setFoundedOn(LocalDate.parse(r[7]));
        e.setLegalRepresentative(r[8]);
        e.setContactPerson(r[9]);
        e.setPhone(r[10]);
        e.setEmail(r[11]);
        return e;
    }
}
