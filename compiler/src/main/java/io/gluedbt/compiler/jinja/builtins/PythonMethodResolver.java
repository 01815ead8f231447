package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;

/**
 * Wraps Jinjava's resolver: Python methods on strings, lists and maps, attribute and method access on
 * {@link PythonObject}s, and negative string indexes ({@code s[-1]}). Everything else goes to the delegate.
 */
final class PythonMethodResolver extends ELResolver {
    private final ELResolver delegate;

    PythonMethodResolver(ELResolver delegate) {
        this.delegate = requireNonNull(delegate, "delegate is null");
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base instanceof PythonObject object && property != null) {
            context.setPropertyResolved(true);
            return object.attribute(property.toString());
        }
        if (base instanceof String text && property != null && property.toString().matches("-?\\d{1,9}")) {
            context.setPropertyResolved(true);
            int index = Integer.parseInt(property.toString());
            int resolved = index < 0 ? index + text.length() : index;
            if (resolved < 0 || resolved >= text.length()) {
                return null;
            }
            return String.valueOf(text.charAt(resolved));
        }
        return delegate.getValue(context, base, property);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null) {
            return delegate.invoke(context, base, method, paramTypes, params);
        }
        String name = method.toString();
        Object result = PythonObject.NO_SUCH_METHOD;
        if (base instanceof PythonObject object) {
            result = object.call(name, PythonArguments.of(params));
        } else if (base instanceof String text) {
            result = StringMethods.call(text, name, PythonArguments.of(params));
        } else if (base instanceof List<?> list && !declaresOwnMethod(base, name)) {
            result = ListMethods.call(list, name, PythonArguments.of(params));
        } else if (base instanceof Map<?, ?> map && !declaresOwnMethod(base, name)) {
            result = MapMethods.call(map, name, PythonArguments.of(params));
        }
        if (result != PythonObject.NO_SUCH_METHOD) {
            context.setPropertyResolved(true);
            return result;
        }
        return delegate.invoke(context, base, method, paramTypes, params);
    }

    /**
     * True when a class outside the JDK, Guava and Jinjava (e.g. a dbt context object that happens to be a
     * Map) declares a public method of this name: that method wins over the Python emulation.
     */
    private static boolean declaresOwnMethod(Object base, String name) {
        for (Class<?> type = base.getClass(); type != null && !isLibraryClass(type); type = type.getSuperclass()) {
            for (Method candidate : type.getDeclaredMethods()) {
                if (candidate.getName().equals(name) && Modifier.isPublic(candidate.getModifiers())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLibraryClass(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("com.google.common.") || name.startsWith("com.hubspot.jinjava.")
                || type.getPackage() == PythonMethodResolver.class.getPackage();
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return delegate.getType(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        delegate.setValue(context, base, property, value);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return delegate.isReadOnly(context, base, property);
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return delegate.getFeatureDescriptors(context, base);
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return delegate.getCommonPropertyType(context, base);
    }
}
