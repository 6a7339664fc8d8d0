package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The programmes that award titles, as they registered themselves. */
@ApplicationScoped
public class TitleSchemes {
    @Inject
    @Any
    Instance<TitleScheme> registered;

    /** Every programme's scheme, by code. */
    public List<TitleScheme> all() {
        return registered.stream().sorted(Comparator.comparing(TitleScheme::code)).toList();
    }

    public Optional<TitleScheme> find(String programme) {
        return registered.stream().filter(s -> s.code().equals(programme)).findFirst();
    }

    /** The scheme of a programme; a code no programme registered is not found. */
    public TitleScheme get(String programme) {
        return find(programme).orElseThrow(() -> new NotFoundException("programme " + programme));
    }
}
