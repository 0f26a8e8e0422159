package dev.irx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's API is {@code dev.irx} and {@code dev.irx.model}, as jsoup keeps its own: every other class is under
 * {@code dev.irx.internal}, and no public member of the API names an internal type.
 */
class ApiSurfaceTest {

    private static List<Class<?>> compiled() throws Exception {
        Path root = Path.of("target", "classes");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (!name.startsWith("dev.irx.")) continue;
                out.add(Class.forName(name, false, ApiSurfaceTest.class.getClassLoader()));
            }
        }
        return out;
    }

    private static boolean api(Class<?> c) {
        String p = c.getPackageName();
        return p.equals("dev.irx") || p.equals("dev.irx.model");
    }

    @Test
    void everyClassIsApiOrInternal() throws Exception {
        List<String> stray = compiled().stream().filter(c -> !api(c) && !c.getPackageName().startsWith("dev.irx.internal"))
                .map(Class::getName).toList();
        assertEquals(List.of(), stray);
    }

    @Test
    void theApiNamesNoInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : compiled()) {
            if (!api(c) || !Modifier.isPublic(c.getModifiers())) continue;
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) continue;
                check(leaks, c + "." + m.getName(), m.getReturnType());
                for (Class<?> t : m.getParameterTypes()) check(leaks, c + "." + m.getName(), t);
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (!Modifier.isPublic(k.getModifiers())) continue;
                for (Class<?> t : k.getParameterTypes()) check(leaks, c + ".<init>", t);
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) check(leaks, c + "." + f.getName(), f.getType());
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    private static void check(List<String> leaks, String where, Class<?> t) {
        while (t.isArray()) t = t.getComponentType();
        if (t.getPackageName().startsWith("dev.irx.internal")) leaks.add(where + " names " + t.getName());
    }
}
