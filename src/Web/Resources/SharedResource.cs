namespace Certification.Web.Resources;

/// <summary>
/// Marker for the shared UI text (layout, navigation, validation, domain errors). Keys are the Vietnamese text;
/// SharedResource.en.resx holds the English. Page-specific text lives in per-view resources (IViewLocalizer).
/// </summary>
public sealed class SharedResource;
