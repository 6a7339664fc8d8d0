package cn.tianjin.quality.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Calls the methods a page names ({@code #{language.format(a.submittedAt)}}, {@code #{s.expertName()}}) without looking
 * them up again on every call. The EL's own bean resolver copies every public method of the class for each call, which
 * on a list of twenty rows with a few such calls per row was a tenth of the page's time.
 *
 * <p>It answers only when the choice is plain: one public, non-variadic method of that name and number of arguments,
 * declared by a public class, and no parameter types given by the caller. Anything else (overloads, varargs, a method
 * expression with declared types) is left to the standard resolvers, which then behave as they always did. Arguments are
 * coerced and failures reported as the standard resolver does.
 */
public final class RememberedMethods extends ELResolver {

    /** Per class, per "name/arguments": the method, or empty when the standard resolver must decide. */
    private static final ClassValue<ConcurrentMap<String, Optional<Method>>> KNOWN = new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || paramTypes != null) {
            return null;
        }
        int count = params == null ? 0 : params.length;
        Method m = KNOWN.get(base.getClass()).computeIfAbsent(name + '/' + count, k -> plain(base.getClass(), name, count))
                .orElse(null);
        if (m == null) {
            return null;
        }
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            if (params[i] instanceof LambdaExpression lambda) {
                lambda.setELContext(context);
            }
            args[i] = context.convertToType(params[i], types[i]);
        }
        Object result;
        try {
            result = m.invoke(base, args);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one method a call of that name and number of arguments can mean, if the choice is plain. */
    static Optional<Method> plain(Class<?> type, String name, int count) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != count) {
                continue;
            }
            if (found != null || m.isVarArgs() || !Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                return Optional.empty();
            }
            found = m;
        }
        // A varargs method of the same name with fewer declared parameters could also take the call.
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.isVarArgs()) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Not a property resolver.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
