package io.partnercentral.selling.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Generates the SDK's model sources from the service's model and the customization file.
 *
 * <p>Run by the {@code sdk-core} build at {@code generate-sources}:
 * {@code Generator <model dir> <customization.json> <output source root>}.
 */
public final class Generator {
    private Generator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Generator <model dir> <customization.json> <output dir>");
        }
        int files = generate(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        System.out.println("sdk-codegen: wrote " + files + " sources to " + args[2]);
    }

    /** Writes every source and returns how many; the output package directory is emptied first. */
    static int generate(Path modelDir, Path customizationFile, Path outputRoot) throws IOException {
        ServiceModel model = ServiceModel.read(modelDir.resolve("service-2.json"));
        Customization custom = Customization.read(customizationFile);
        SdkModel sdk = new SdkModel(model, custom);
        Writers writers = new Writers(sdk);
        Path dir = outputRoot.resolve(custom.packageName.replace('.', '/'));
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        int count = 0;
        for (SdkModel.Picklist p : sdk.picklists.values()) {
            write(dir.resolve(p.name() + ".java"), writers.picklist(p));
            count++;
        }
        for (SdkModel.Structure s : sdk.structures.values()) {
            write(dir.resolve(s.name() + ".java"), writers.structure(s));
            count++;
        }
        UnionWriter unionWriter = new UnionWriter(custom.packageName);
        for (SdkModel.Union u : sdk.unions.values()) {
            write(dir.resolve(u.name() + ".java"), unionWriter.union(u));
            count++;
        }
        CodecWriter codecs = new CodecWriter(sdk);
        for (SdkModel.Structure s : sdk.structures.values()) {
            write(dir.resolve(CodecWriter.codecName(s.name()) + ".java"), codecs.structure(s));
            count++;
        }
        for (SdkModel.Union u : sdk.unions.values()) {
            write(dir.resolve(CodecWriter.codecName(u.name()) + ".java"), codecs.union(u));
            count++;
        }
        WriteResultWriter results = new WriteResultWriter(sdk);
        for (Customization.WriteResult r : custom.writeResults.values()) {
            write(dir.resolve(r.type() + ".java"), results.record(r));
            write(dir.resolve(CodecWriter.codecName(r.type()) + ".java"), results.codec(r));
            count += 2;
        }
        write(dir.resolve("ModelCodecs.java"), codecs.registry());
        count++;
        Path rules = outputRoot.resolve(RulesWriter.PACKAGE.replace('.', '/'));
        Files.createDirectories(rules);
        write(rules.resolve("ModelRules.java"), new RulesWriter(sdk).write());
        // The hand-written sources sit beside the customization: src/main/codegen and src/main/java.
        Path handWritten = customizationFile.toAbsolutePath().getParent().resolveSibling("java");
        OperationsWriter operations = new OperationsWriter(sdk, modelDir.resolve("paginators-1.json"), handWritten);
        Path internal = Files.createDirectories(outputRoot.resolve(OperationsWriter.INTERNAL.replace('.', '/')));
        write(internal.resolve("Operation.java"), operations.operations());
        write(internal.resolve("ServiceErrors.java"), operations.serviceErrors());
        Path root = Files.createDirectories(outputRoot.resolve(OperationsWriter.ROOT.replace('.', '/')));
        write(root.resolve("QuotaBucket.java"), operations.quotaBucket());
        write(root.resolve("TaskKind.java"), operations.taskKind());
        AsyncSurfaceWriter surface = new AsyncSurfaceWriter(sdk, operations, handWritten);
        for (Customization.SubClient sub : surface.subClients()) {
            write(root.resolve(AsyncSurfaceWriter.operationsName(sub) + ".java"), surface.operations(sub));
            write(root.resolve(AsyncSurfaceWriter.syncOperationsName(sub) + ".java"), surface.syncOperations(sub));
            count += 2;
            if (!surface.handWritten(sub)) {
                write(root.resolve(AsyncSurfaceWriter.clientName(sub) + ".java"), surface.client(sub));
                count++;
            }
        }
        write(internal.resolve("AsyncSubClients.java"), surface.implementations());
        return count + 6;
    }

    private static void write(Path file, String source) throws IOException {
        Files.writeString(file, source, StandardCharsets.UTF_8);
    }
}
