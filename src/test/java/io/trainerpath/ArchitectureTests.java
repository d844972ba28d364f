package io.trainerpath;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The arrows between packages point one way. {@code web} (shared web conventions) and {@code catalog}
 * (the guide's facts) use no other package; {@code guide} uses only those; the features use those
 * three and never each other; {@code system} (home page, errors, security, caching) may use
 * {@code catalog} and {@code web} and no feature; nothing depends on {@code system}. Inside a feature,
 * the domain never depends on its web layer, and the parts of {@code explore} stay apart.
 */
@AnalyzeClasses(packages = "io.trainerpath", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule packagesDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("Web").definedBy("io.trainerpath.web..")
		.layer("Catalog").definedBy("io.trainerpath.catalog..")
		.layer("Guide").definedBy("io.trainerpath.guide..")
		.layer("Assessment").definedBy("io.trainerpath.assessment..")
		.layer("Salary").definedBy("io.trainerpath.salary..")
		.layer("Explore").definedBy("io.trainerpath.explore..")
		.layer("System").definedBy("io.trainerpath.system..")
		.whereLayer("System").mayNotBeAccessedByAnyLayer()
		.whereLayer("Assessment").mayNotBeAccessedByAnyLayer()
		.whereLayer("Salary").mayNotBeAccessedByAnyLayer()
		.whereLayer("Explore").mayNotBeAccessedByAnyLayer()
		.whereLayer("Guide").mayOnlyBeAccessedByLayers("Assessment", "Salary", "Explore")
		.whereLayer("Catalog").mayOnlyBeAccessedByLayers("Guide", "Assessment", "Salary", "Explore", "System")
		.whereLayer("Web").mayOnlyBeAccessedByLayers("Catalog", "Guide", "Assessment", "Salary", "Explore", "System");

	@ArchTest
	static final ArchRule sharedPackagesUseNoOtherPackage = noClasses().that()
		.resideInAnyPackage("io.trainerpath.web..", "io.trainerpath.catalog..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.trainerpath.guide..", "io.trainerpath.assessment..", "io.trainerpath.salary..",
				"io.trainerpath.explore..", "io.trainerpath.system..");

	@ArchTest
	static final ArchRule aFeaturesDomainDoesNotDependOnItsWebLayer = noClasses().that()
		.resideInAPackage("io.trainerpath.assessment")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.trainerpath.assessment.web..");

	/** The API may reuse the directory's filter; no other part of explore uses another. */
	@ArchTest
	static final ArchRule explorePartsStayApart = slices().matching("io.trainerpath.explore.(*)..")
		.should()
		.notDependOnEachOther()
		.ignoreDependency(resideInAPackage("io.trainerpath.explore.api"),
				resideInAPackage("io.trainerpath.explore.platforms"));

}
