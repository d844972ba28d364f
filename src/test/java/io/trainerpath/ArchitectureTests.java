package io.trainerpath;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The arrows between features point one way: features may use the catalog and the guide, the
 * catalog uses no feature, features do not call each other, and nothing depends on system.
 */
@AnalyzeClasses(packages = "io.trainerpath", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule catalogUsesNoOtherFeature = classes().that()
		.resideInAPackage("io.trainerpath.catalog..")
		.should()
		.onlyDependOnClassesThat(or(resideInAPackage("io.trainerpath.catalog.."),
				JavaClass.Predicates.resideOutsideOfPackage("io.trainerpath..")));

	@ArchTest
	static final ArchRule nothingDependsOnSystem = noClasses().that()
		.resideOutsideOfPackage("io.trainerpath.system..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.trainerpath.system..");

	@ArchTest
	static final ArchRule featuresDoNotCallEachOther = slices().matching("io.trainerpath.(*)..")
		.should()
		.notDependOnEachOther()
		.ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("io.trainerpath.catalog.."))
		.ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("io.trainerpath.guide.."))
		.ignoreDependency(resideInAPackage("io.trainerpath.system.."), DescribedPredicate.alwaysTrue());

}
