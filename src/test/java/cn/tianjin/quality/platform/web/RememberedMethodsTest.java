package cn.tianjin.quality.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RememberedMethodsTest {

    public static class Sheet {
        public String title() { return "评分表"; }
        public int doubled(int n) { return 2 * n; }
        public String label(String s) { return "a " + s; }
        public String label(Integer n) { return "n " + n; }
        public String joined(String... parts) { return String.join(",", parts); }
        public String joined(String one) { return one; }
        public String failing() { throw new IllegalStateException("已锁定"); }
    }

    static class Hidden {
        public String title() { return "hidden"; }
    }

    /** Enough of an EL context for a page's calls: coercion of numbers and text as the EL would. */
    private static final class Context extends ELContext {
        @Override public ELResolver getELResolver() { return null; }
        @Override public FunctionMapper getFunctionMapper() { return null; }
        @Override public VariableMapper getVariableMapper() { return null; }
        @Override
        @SuppressWarnings("unchecked")
        public <T> T convertToType(Object obj, Class<T> type) {
            if (type == int.class && obj instanceof Number n) {
                return (T) Integer.valueOf(n.intValue());
            }
            return (T) obj;
        }
    }

    @Test
    void aMethodWithOneMeaningIsFoundAndCalled() {
        assertThat(RememberedMethods.plain(Sheet.class, "title", 0)).isPresent();
        Context context = new Context();
        Object result = new RememberedMethods().invoke(context, new Sheet(), "doubled", null, new Object[] {21L});
        assertThat(result).isEqualTo(42);
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void overloadsVarargsAndHiddenClassesAreLeftToTheStandardResolver() {
        assertThat(RememberedMethods.plain(Sheet.class, "label", 1)).isEmpty();
        assertThat(RememberedMethods.plain(Sheet.class, "joined", 1)).isEmpty();
        assertThat(RememberedMethods.plain(Hidden.class, "title", 0)).isEmpty();
        assertThat(RememberedMethods.plain(Sheet.class, "absent", 0)).isEmpty();

        Context context = new Context();
        assertThat(new RememberedMethods().invoke(context, new Sheet(), "label", null, new Object[] {"x"})).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(new RememberedMethods().invoke(context, new Sheet(), "title", new Class<?>[0], new Object[0])).isNull();
        assertThat(new RememberedMethods().invoke(context, null, "title", null, null)).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void aFailingMethodIsReportedWithItsOwnCauseAsTheElDoes() {
        assertThatThrownBy(() -> new RememberedMethods().invoke(new Context(), new Sheet(), "failing", null, null))
                .isInstanceOf(ELException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("已锁定");
    }
}
