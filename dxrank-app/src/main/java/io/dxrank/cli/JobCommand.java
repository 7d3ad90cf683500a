package io.dxrank.cli;

import java.util.Locale;
import java.util.ArrayList;
import io.dxrank.schedule.JobFile;
import io.dxrank.schedule.JobRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dxrank job run|list|cron}: scheduled job definitions in jobs/*.properties. */
@Command(name = "job", mixinStandardHelpOptions = true, description = "Run, list or schedule job definitions.",
        subcommands = {JobCommand.Run.class, JobCommand.ListJobs.class, JobCommand.Cron.class})
public final class JobCommand implements Runnable {

    @Override
    public void run() {
        throw new IllegalArgumentException("job needs a subcommand: run FILE, list [DIR] or cron [DIR]");
    }

    static List<JobFile> jobsIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("job folder not found: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> paths = files.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
            ArrayList<JobFile> jobs = new ArrayList<>();
            for (Path p : paths) {
                jobs.add(JobFile.load(p));
            }
            return jobs;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run the job a file defines.")
    static final class Run implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Job file, e.g. jobs/default.properties.")
        Path file;

        @picocli.CommandLine.Option(names = "--full", description = "Read every input file again, ignoring the "
                + "extraction cache in <out>/state.")
        boolean full;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("job file not found: " + file);
            }
            JobFile job = JobFile.load(file);
            job.checkPaths();
            return RunLauncher.launch("job " + job.name(), job.options(), new JobRunner.Settings(job.retention(),
                    full, job.failOnReject(), JobRunner.Settings.DEFAULT.progressSeconds()), job.sparkConf());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the jobs of a folder.")
    static final class ListJobs implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", defaultValue = "jobs", description = "Job folder (default: jobs).")
        Path dir;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("job folder not found: " + dir);
            }
            // one broken file must not hide the others from the operator: it is listed with its error
            int code = ExitCodes.OK;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                    try {
                        JobFile job = JobFile.load(p);
                        spec.commandLine().getOut().printf(Locale.ROOT, "%-20s %-16s %s -> %s%n", job.name(),
                                job.schedule().isEmpty() ? "(unscheduled)" : job.schedule(),
                                String.join(",", job.options().inputs()), job.options().out());
                    } catch (JobFile.InvalidJobException e) {
                        spec.commandLine().getOut().printf(Locale.ROOT, "%-20s invalid: %s%n", p.getFileName(), e.getMessage());
                        code = ExitCodes.USAGE;
                    }
                }
            }
            spec.commandLine().getOut().flush();
            return code;
        }
    }

    @Command(name = "cron", mixinStandardHelpOptions = true, description = "Print crontab lines for the scheduled jobs.")
    static final class Cron implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", defaultValue = "jobs", description = "Job folder (default: jobs).")
        Path dir;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path project = Path.of("").toAbsolutePath();
            for (JobFile job : jobsIn(dir)) {
                String line = job.crontabLine(project);
                if (line != null) {
                    spec.commandLine().getOut().println(line);
                }
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
