package io.trainerpath.support;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application's own controllers declare, read from Spring MVC's handler mappings,
 * with the inputs each one binds: path variables, request parameters, the properties of form objects
 * and of JSON request bodies. A new controller method is found without anyone listing it.
 */
public final class Endpoints {

	private static final String OWN_PACKAGE = "io.trainerpath";

	private Endpoints() {
	}

	/** One path and method of one handler, with the names of everything it binds. */
	public record Endpoint(String pattern, HttpMethod method, boolean api, List<String> pathVariables,
			List<String> fields, Class<?> bodyType, List<String> bodyFields, String handler) {

		public boolean takesJson() {
			return bodyType != null;
		}

		public boolean changesState() {
			return method != HttpMethod.GET && method != HttpMethod.HEAD;
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	public static List<Endpoint> discover(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			Class<?> type = handler.getBeanType();
			if (!type.getName().startsWith(OWN_PACKAGE) || isErrorController(type)) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			Set<HttpMethod> methods = new LinkedHashSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
			if (methods.isEmpty()) {
				methods.add(HttpMethod.GET);
			}
			Inputs inputs = inputsOf(handler);
			boolean restController = AnnotatedElementUtils.hasAnnotation(type, RestController.class);
			for (String pattern : info.getPatternValues()) {
				for (HttpMethod method : methods) {
					endpoints.add(new Endpoint(pattern, method, restController || pattern.startsWith("/api/"),
							List.copyOf(inputs.pathVariables), List.copyOf(inputs.fields), inputs.bodyType,
							List.copyOf(inputs.bodyFields), type.getSimpleName() + "." + handler.getMethod().getName()));
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name()));
		return endpoints;
	}

	private static boolean isErrorController(Class<?> type) {
		for (Class<?> c = type; c != null; c = c.getSuperclass()) {
			if (c.getSimpleName().equals("BasicErrorController")) {
				return true;
			}
		}
		return false;
	}

	private static final class Inputs {

		final Set<String> pathVariables = new LinkedHashSet<>();

		final Set<String> fields = new LinkedHashSet<>();

		final Set<String> bodyFields = new LinkedHashSet<>();

		Class<?> bodyType;

	}

	private static Inputs inputsOf(HandlerMethod handler) {
		Inputs inputs = new Inputs();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (pathVariable != null) {
				inputs.pathVariables.add(name(pathVariable.name(), parameter));
			}
			else if (requestParam != null) {
				if (!Map.class.isAssignableFrom(type)) {
					inputs.fields.add(name(requestParam.name(), parameter));
				}
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				inputs.bodyType = type;
				inputs.bodyFields.addAll(propertiesOf(type));
			}
			else if (parameter.hasParameterAnnotation(RequestHeader.class)
					|| parameter.hasParameterAnnotation(CookieValue.class)
					|| parameter.hasParameterAnnotation(RequestAttribute.class)) {
				continue;
			}
			else if (BeanUtils.isSimpleProperty(type)) {
				// Spring binds an unannotated simple argument as a request parameter of the same name
				inputs.fields.add(parameter.getParameterName());
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class) || type.getName().startsWith(OWN_PACKAGE)) {
				inputs.fields.addAll(propertiesOf(type));
			}
			// anything else (Model, BindingResult, request, response, locale) carries no user input
		}
		return inputs;
	}

	private static String name(String declared, MethodParameter parameter) {
		return StringUtils.hasText(declared) ? declared : parameter.getParameterName();
	}

	/** What data binding can set: writable properties, or the constructor's parameters for records. */
	static Collection<String> propertiesOf(Class<?> type) {
		Set<String> names = new LinkedHashSet<>();
		for (var property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				names.add(property.getName());
			}
		}
		if (type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				names.add(component.getName());
			}
		}
		else if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
			try {
				Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
				names.addAll(List.of(BeanUtils.getParameterNames(constructor)));
			}
			catch (IllegalStateException ex) {
				// no single constructor to bind through: setters only
			}
		}
		return names;
	}

}
