using Certification.Web.Infrastructure.Mail;
using Certification.Web.Infrastructure.Monitoring;
using Certification.Web.Infrastructure.Reminders;
using Quartz;

namespace Certification.Web.Infrastructure.Scheduling;

/// <summary>
/// Quartz with the persistent, clustered job store in the app's PostgreSQL database (tables qrtz_*, created by
/// migration 0006b): a restart loses no trigger, and several app instances share the work so that each firing runs
/// on one of them. Job data is stored as strings only (no serialised objects in the database).
/// Settings are read when the host starts, not here, so test hosts' settings apply (see <see cref="SchedulerHost"/>).
/// </summary>
public static class SchedulerRegistration
{
    public static void AddScheduler(this WebApplicationBuilder builder)
    {
        // Read now, so from appsettings.json or the environment only: how often a node says it is alive, and after how
        // long without that sign another node takes over its triggers (twice the interval).
        var checkinSeconds = builder.Configuration.GetValue("Scheduler:ClusterCheckinSeconds", 15);
        builder.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(source => source.ConnectionStringName = DatabaseRegistration.ConnectionStringName);
                store.ConfigureStore(options =>
                {
                    options.TablePrefix = "qrtz_";
                    options.StoreJobDataAsStrings = true;
                });
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = TimeSpan.FromSeconds(checkinSeconds);
                    cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(checkinSeconds * 2);
                });
                store.UseExecutionHistory();
            });
            quartz.AddJob<OutboxDeliveryJob>(job => job.WithIdentity(OutboxDeliveryJob.Key).StoreDurably());
            quartz.AddTrigger((services, trigger) => trigger
                .ForJob(OutboxDeliveryJob.Key)
                .WithIdentity("outbox-delivery-poll", "mail")
                .StartNow()
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(TimeSpan.FromSeconds(services.GetRequiredService<IConfiguration>().GetValue("Outbox:PollSeconds", 15)))
                    .RepeatForever()));
            quartz.AddJob<WorkflowTimerJob>(job => job.WithIdentity(WorkflowTimerJob.Key).StoreDurably());
            quartz.AddTrigger((services, trigger) => trigger
                .ForJob(WorkflowTimerJob.Key)
                .WithIdentity("workflow-timers-poll", "workflows")
                .StartNow()
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(TimeSpan.FromSeconds(services.GetRequiredService<IConfiguration>().GetValue("Scheduler:TimerPollSeconds", 30)))
                    .RepeatForever()));
            quartz.AddJob<DailyRemindersJob>(job => job.WithIdentity(DailyRemindersJob.Key).StoreDurably());
            // Quartz cron runs in UTC here; Viet Nam is UTC+7 all year.
            quartz.AddTrigger((services, trigger) => trigger
                .ForJob(DailyRemindersJob.Key)
                .WithIdentity("daily-reminders-at-send-hour", "reminders")
                .WithCronSchedule($"0 0 {(services.GetRequiredService<IConfiguration>().GetValue("Reminders:SendAtHour", 8) + 17) % 24} * * ?"));
            quartz.AddJob<MonitoringDailyJob>(job => job.WithIdentity(MonitoringDailyJob.Key).StoreDurably());
            // Five minutes after the reminders, at the same Viet Nam hour.
            quartz.AddTrigger((services, trigger) => trigger
                .ForJob(MonitoringDailyJob.Key)
                .WithIdentity("monitoring-daily-check", "monitoring")
                .WithCronSchedule($"0 5 {(services.GetRequiredService<IConfiguration>().GetValue("Reminders:SendAtHour", 8) + 17) % 24} * * ?"));
        });
        builder.Services.AddHostedService<SchedulerHost>();
    }
}
