using System.Globalization;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Data;

namespace Platform.Modules.Sport.Application;

/// <summary>Whether a child may book a session now: registration open, booking deadline not passed (else the session's
/// start), age and class within the activity's ranges. Pure: the time is passed in.</summary>
public static class SessionRules
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static DateTime StartUtc(Session session) => ParisTime.ToUtc(session.Date.ToDateTime(session.Start));

    public static bool IsOpen(Activity activity, DateTime nowUtc) => nowUtc >= activity.OpensAtUtc;

    public static string Opening(Activity activity) =>
        $"inscriptions à partir du {ParisTime.ToParis(activity.OpensAtUtc).ToString("dddd d MMMM 'à' HH'h'mm", French)}";

    /// <summary>Until when the session can be booked (Paris time).</summary>
    public static DateTime BookableUntilLocal(Session session, DeadlineRule? booking) =>
        booking?.LocalDeadline(session.Date) ?? session.Date.ToDateTime(session.Start);

    public static bool BeforeDeadline(Session session, DeadlineRule? booking, DateTime nowUtc) =>
        nowUtc < (booking?.DeadlineUtc(session.Date) ?? StartUtc(session));

    public static int? Age(ChildSummary child, DateOnly on)
    {
        if (child.BirthDate is not { } born)
        {
            return null;
        }

        var age = on.Year - born.Year;
        return on < born.AddYears(age) ? age - 1 : age;
    }

    public static bool FitsAge(Activity activity, ChildSummary child, DateOnly on) =>
        (activity.MinAge is null && activity.MaxAge is null)
        || (Age(child, on) is { } age && (activity.MinAge is null || age >= activity.MinAge) && (activity.MaxAge is null || age <= activity.MaxAge));

    public static bool FitsClass(Activity activity, ChildSummary child) =>
        (activity.MinClass is null && activity.MaxClass is null) || SchoolLevels.Within(child.SchoolClass, activity.MinClass, activity.MaxClass);

    /// <summary>False only when the child's class is known and outside the range: a class not given yet may fit.</summary>
    public static bool MayFitClass(Activity activity, ChildSummary child) =>
        FitsClass(activity, child) || SchoolLevels.Rank(child.SchoolClass) is null;

    public static string AgeRange(Activity activity) => (activity.MinAge, activity.MaxAge) switch
    {
        ({ } min, { } max) => $"de {min} à {max} ans",
        ({ } min, null) => $"à partir de {min} ans",
        (null, { } max) => $"jusqu'à {max} ans",
        _ => "tous âges",
    };
}
