package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The programmes on the workflow, as they registered themselves; {@code #{programmes.all}} for pages. */
@Named
@ApplicationScoped
public class Programmes {
    @Inject
    @Any
    Instance<Programme> registered;

    /** Every programme, by code. */
    public List<Programme> getAll() {
        return registered.stream().sorted(Comparator.comparing(Programme::code)).toList();
    }

    /** A programme by code; a code no programme registered is not found. */
    public Programme get(String code) {
        return registered.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("programme " + code));
    }
}
