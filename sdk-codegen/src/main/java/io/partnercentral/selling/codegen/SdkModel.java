package io.partnercentral.selling.codegen;

import io.partnercentral.selling.codegen.ServiceModel.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SDK's types as the model and the customization define them together: which Java type stands
 * for each model shape, and the members of every generated structure.
 */
final class SdkModel {
    /** How a member's value is held. */
    enum Kind { OPTIONAL, LIST, MAP, REQUIRED }

    /** One member of a generated structure. */
    record Member(String wireName, String accessor, Kind kind, String elementType, boolean redacted, String view,
            boolean parameter, boolean structureElement, String elementShape) {
        String javaType() {
            return switch (kind) {
                case OPTIONAL -> "Optional<" + elementType + ">";
                case LIST -> "List<" + elementType + ">";
                case MAP -> "Map<String, " + elementType + ">";
                case REQUIRED -> elementType;
            };
        }
    }

    /** A generated structure type and the model shapes it stands for. */
    record Structure(String name, List<String> shapes, Map<String, Member> members) {}

    /** A picklist type: from a model enum ({@code shape} set) or from the customization. */
    record Picklist(String name, String shape, String summary, List<String> values, Map<String, String> constants) {}

    /** A generated union: its variants by wire member name. */
    record Union(String name, String shape, Map<String, String> variantTypes, Map<String, String> variantNames) {}

    static final Pattern DATE_PATTERN = Pattern.compile(
            Pattern.quote("[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])"));

    final ServiceModel model;
    final Customization custom;
    final Map<String, Picklist> picklists = new LinkedHashMap<>();
    final Map<String, Structure> structures = new LinkedHashMap<>();
    final Map<String, Union> unions = new LinkedHashMap<>();
    /** Model shape name to the SDK type that stands for it (structures, unions, enums). */
    final Map<String, String> typeOfShape = new LinkedHashMap<>();

    SdkModel(ServiceModel model, Customization custom) {
        this.model = model;
        this.custom = custom;
        for (Shape shape : model.shapes.values()) {
            if (!shape.enumValues().isEmpty()) {
                String name = custom.picklistNames.getOrDefault(shape.name(), shape.name());
                picklists.put(name, picklist(name, shape.name(), null, shape.enumValues()));
                typeOfShape.put(shape.name(), name);
            }
        }
        custom.extraPicklists.values().forEach(p -> picklists.put(p.name(), picklist(p.name(), null, p.summary(), p.values())));
        custom.handWrittenShapes.forEach(typeOfShape::put);
        custom.structures.values().forEach(g -> g.shapes().forEach(s -> typeOfShape.put(s, g.name())));
        for (Shape shape : model.shapes.values()) {
            if (shape.exception() || typeOfShape.containsKey(shape.name())) {
                continue;
            }
            if (shape.union()) {
                typeOfShape.put(shape.name(), shape.name());
            } else if (shape.isStructure()) {
                typeOfShape.put(shape.name(), shape.name());
            }
        }
        for (Shape shape : model.shapes.values()) {
            String type = typeOfShape.get(shape.name());
            if (type == null || custom.handWrittenShapes.containsKey(shape.name()) || !shape.type().equals("structure")) {
                continue;
            }
            if (shape.union()) {
                unions.put(type, union(type, shape));
            } else if (!structures.containsKey(type)) {
                Customization.StructureGroup group = custom.structures.get(type);
                structures.put(type, structure(type, group == null ? List.of(shape.name()) : group.shapes(),
                        group == null ? java.util.Set.of() : group.exclude()));
            }
        }
    }

    private Picklist picklist(String name, String shape, String summary, List<String> values) {
        Map<String, String> overrides = custom.constantNames.getOrDefault(name, Map.of());
        Map<String, String> constants = new LinkedHashMap<>();
        for (String value : values) {
            String constant = overrides.getOrDefault(value, Names.constant(value));
            if (constants.containsValue(constant)) {
                throw new IllegalStateException(name + ": two values would be named " + constant);
            }
            constants.put(value, constant);
        }
        return new Picklist(name, shape, summary, values, constants);
    }

    private Union union(String name, Shape shape) {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        shape.members().forEach((member, target) -> {
            types.put(member, elementType(target, null));
            String variant = custom.variantNames.get(name + "." + member);
            if (variant == null) {
                // A record named like a model type would shadow that type inside the union.
                variant = typeOfShape.containsValue(member) || picklists.containsKey(member) ? member + "Member" : member;
            }
            names.put(member, variant);
        });
        return new Union(name, shape.name(), types, names);
    }

    private Structure structure(String name, List<String> shapes, java.util.Set<String> exclude) {
        Map<String, Member> members = new LinkedHashMap<>();
        List<String> parameters = custom.parameters.getOrDefault(name, List.of());
        for (String shapeName : shapes) {
            Shape shape = model.shape(shapeName);
            shape.members().forEach((wire, target) -> {
                if (exclude.contains(wire)) {
                    return;
                }
                Member member = member(name, wire, target, parameters.contains(wire));
                Member existing = members.putIfAbsent(wire, member);
                if (existing != null && !existing.javaType().equals(member.javaType())) {
                    throw new IllegalStateException(name + "." + wire + " is " + existing.javaType() + " in one shape and "
                            + member.javaType() + " in " + shapeName + ": split the group or override the type");
                }
                if (existing != null && member.redacted() && !existing.redacted()) {
                    members.put(wire, member);
                }
            });
        }
        // Immutables orders @Value.Parameter arguments by declaration, so parameters come first, as listed.
        Map<String, Member> ordered = new LinkedHashMap<>();
        parameters.forEach(p -> ordered.put(p, members.get(p)));
        ordered.putAll(members);
        return new Structure(name, List.copyOf(shapes), ordered);
    }

    private Member member(String typeName, String wire, String target, boolean parameter) {
        String key = typeName + "." + wire;
        Shape shape = model.shape(target);
        String override = custom.memberTypes.get(key);
        Kind kind;
        String element;
        String elementShape;
        boolean sensitive = shape.sensitive();
        if (shape.type().equals("list")) {
            kind = Kind.LIST;
            elementShape = shape.element();
            element = elementType(elementShape, override);
            sensitive |= model.shape(elementShape).sensitive();
        } else if (shape.type().equals("map")) {
            kind = Kind.MAP;
            elementShape = shape.value();
            element = elementType(elementShape, override);
            sensitive |= model.shape(elementShape).sensitive();
        } else {
            kind = parameter ? Kind.REQUIRED : Kind.OPTIONAL;
            elementShape = target;
            element = elementType(target, override);
        }
        String view = custom.readOnly.contains(key) ? "ReadOnly" : custom.createOnly.contains(key) ? "CreateOnly" : null;
        boolean structureElement = model.shape(elementShape).isStructure()
                && !custom.handWrittenShapes.containsKey(elementShape);
        return new Member(wire, custom.accessors.getOrDefault(key, Names.accessor(wire)), kind, element,
                sensitive || custom.personalData.contains(key) || custom.personalData.contains(wire), view, parameter, structureElement, elementShape);
    }

    /** The Java type of one value of {@code shapeName}; {@code override} names a picklist for a plain string. */
    String elementType(String shapeName, String override) {
        Shape shape = model.shape(shapeName);
        return switch (shape.type()) {
            case "string" -> {
                if (override != null) {
                    yield override;
                }
                if (!shape.enumValues().isEmpty()) {
                    yield typeOfShape.get(shapeName);
                }
                String custom = this.custom.stringShapeTypes.get(shapeName);
                if (custom != null) {
                    yield custom;
                }
                yield shape.pattern() != null && DATE_PATTERN.matcher(shape.pattern()).matches() ? "LocalDate" : "String";
            }
            case "integer" -> "Integer";
            case "long" -> "Long";
            case "boolean" -> "Boolean";
            case "double" -> "Double";
            case "float" -> "Float";
            case "timestamp" -> "Instant";
            case "list" -> "List<" + elementType(shape.element(), override) + ">";
            case "map" -> "Map<String, " + elementType(shape.value(), override) + ">";
            case "structure" -> {
                String type = typeOfShape.get(shapeName);
                if (type == null) {
                    throw new IllegalStateException("no SDK type for shape " + shapeName);
                }
                yield type;
            }
            default -> throw new IllegalStateException("unsupported shape type " + shape.type() + " of " + shapeName);
        };
    }

    List<String> sourceShapes(Structure structure) {
        return new ArrayList<>(structure.shapes());
    }
}
