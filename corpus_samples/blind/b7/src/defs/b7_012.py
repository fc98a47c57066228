# b7-012: nurse-scribe pulmonary infusion-day note with physician attestation, Glassia MAR grid,
# Aetna precert status printout, 2022 lab. Commercial. Glassia J0257 (no modifier, waste documented).
# Gaps: current smoker (relapsed); PA only "pending" (call reference is not an auth number).

NOTE = """
HARBORVIEW LUNG INSTITUTE                         Clinic Note - Infusion Day
Patient: Desmond Achterberg      DOB 01/27/1968   MRN HLI-0077153
DOS: 08/19/2025                   Attending: Paul Fenwick, MD
Payer: Aetna Choice POS II (commercial)

Scribe statement: This note was documented by Maria Lopez, RN, acting as scribe for
Paul Fenwick, MD, during the patient encounter. 08/19/2025 09:20

S: 57 y/o M with AATD (PI*ZZ) and emphysema on Glassia weekly since 06/2022, seen before
his infusion. Reports more cough over the summer. He admits he started smoking again in
April after his divorce, "about 5 a day." Wants to quit again. No fever, hemoptysis.
One exacerbation in the past 12 months (01/2025, prednisone burst); he averaged 3 per
year before augmentation. No infusion reactions.

Tobacco: Current every day smoker, ~5 cigarettes/day. Relapsed 04/2025 after 13 years
of abstinence (previous 22 pack-years). E-cig: denies.
Meds: Trelegy Ellipta daily, albuterol PRN, sertraline 100 mg daily, trazodone 50 mg
qHS, Glassia 60 mg/kg IV weekly.

O: BP 136/84  HR 88  RR 18  SpO2 93% RA  T 98.4 F  Wt 81.0 kg
Lungs: diminished, faint end-expiratory wheeze L base.
Spirometry (in clinic today): FEV1 1.71 L, 44% predicted; FVC 3.48 L; FEV1/FVC 0.49.
Prior: 1.75 L (2024), 1.72 L (2023).

A/P:
1. Alpha-1 antitrypsin deficiency with emphysema - responding to augmentation: FEV1
   stable around 1.71-1.75 L for 3 years, exacerbations down from ~3/yr to 1/yr.
   Continue Glassia; infusion today as ordered.
2. Tobacco use - relapse. 10 min counseling; start varenicline 0.5 mg daily x3d, then
   BID, then 1 mg BID. Quit line referral. Explained that smoking undermines benefit of
   augmentation and that Aetna criteria require non-smoking.
3. Aetna reauthorization: submitted 08/05/2025, still pending clinical review (ref #
   2025-0805-PC-4471). Office staff to send today's spirometry. Dr. Fenwick elected to
   proceed with today's dose.
4. RTC 3 months.

Attestation: I, Paul Fenwick, MD, was present for and personally performed the
services documented above by Maria Lopez, RN (scribe). I have reviewed the note and
confirm it is accurate.
Paul Fenwick, MD  08/19/2025 12:02
"""

MAR = """
HARBORVIEW LUNG INSTITUTE - INFUSION MAR
Achterberg, Desmond    MRN HLI-0077153    Date 08/19/2025   Ht 182 cm  Wt 81.0 kg

Drug ............. GLASSIA (alpha1-proteinase inhibitor [human]) 20 mg/mL solution
Order ............ 60 mg/kg x 81.0 kg = 4,860 mg, round to 4,900 mg (245 mL)
Vials ............ 1 g/50 mL x 5   Lot: LE9K0213   Exp: 2026-12
Filter ........... 5 micron in-line, used
Rate ............. 0.2 mL/kg/min max = 16.2 mL/min; run at 12 mL/min

+----------------------+--------------------------------------------+
| Event                | Time / value                               |
+----------------------+--------------------------------------------+
| Check-in             | 09:05                                      |
| Pre-VS               | 09:35 BP 134/82 HR 86 SpO2 93%             |
| PIV 20g L AC         | 09:40                                      |
| Glassia start        | 09:48                                      |
| Mid VS               | 09:58 BP 130/80 HR 84 SpO2 94%             |
| Glassia complete     | 10:09                                      |
| Post-VS              | 10:25 BP 132/80 HR 82 SpO2 94%             |
| Discharge            | 10:31                                      |
+----------------------+--------------------------------------------+
Amount infused ... 4,900 mg (245 mL)
Waste ............ 100 mg (5 mL) remaining in vial 5, discarded; witness C. Young RN
Reaction ......... none; tolerated well
RN ............... Maria Lopez, RN
"""

AETNA = """
AETNA PRECERTIFICATION - STATUS INQUIRY (provider portal)       printed 08/18/2025 16:40
Member: ACHTERBERG, DESMOND    Member ID: W2291840553    Plan: Aetna Choice POS II
Request type: Continuation of therapy (reauthorization)
Drug: Glassia (alpha1-proteinase inhibitor) J0257  -  4,900 mg IV weekly x 52 weeks
Submitted: 08/05/2025   Call reference #: 2025-0805-PC-4471
STATUS: PENDING - CLINICAL REVIEW
Previous authorization: expired 07/31/2025

Criteria summary (CPB 0145, continuation): documented clinical benefit; member is a
non-smoker; pretreatment FEV1 >= 25% and <= 80% predicted; AAT < 11 micromol/L
(80 mg/dL by RID or 50 mg/dL by nephelometry); PiZZ, PiZ(null), Pi(null,null).
Least-cost brand: Prolastin-C. Glassia requires documented contraindication,
intolerance or ineffective response to Prolastin-C (on file: urticaria with
Prolastin-C 2022).
No authorization number has been issued for this request.

Clinical documentation received 08/05/2025: letter of medical necessity; AAT/genotype
report (2022); infusion log. Requested 08/12/2025: current spirometry; smoking status
attestation; progress note from last 90 days.
Turnaround: standard review up to 15 calendar days after receipt of complete information.
Member cost share for in-network specialty infusion: 20% after deductible.
"""

LAB = """
HARBORVIEW MEDICAL CENTER LABORATORY
ACHTERBERG, DESMOND   MRN HLI-0077153   DOB 01/27/1968
Collected 02/22/2022 09:10     Verified 03/02/2022 15:22

ALPHA-1 ANTITRYPSIN, SERUM ............ 5.8 umol/L  (L)   [20 - 48]
ALPHA-1 ANTITRYPSIN GENOTYPE (S/Z) .... PI*ZZ
    Z (c.1096G>A): homozygous     S (c.863A>T): not detected
IgA, SERUM ............................ 188 mg/dL          [70 - 400]
HEPATIC PANEL ......................... within reference limits
  AST 26 U/L   ALT 22 U/L   ALK PHOS 81 U/L   TBILI 0.6 mg/dL   ALBUMIN 4.1 g/dL
CBC ................................... WBC 8.1  HGB 16.2  PLT 244
CRP ................................... 1.4 mg/L           [< 5.0]
Method notes: AAT by nephelometry (Beckman IMMAGE). Genotyping by allele-specific PCR,
detects S and Z alleles only. Reference genotype: M/M.
Verified by: K. Yamada, MT(ASCP)   Medical director: R. Castillo, MD
"""

CHART = {
    "chart_id": "b7-012",
    "date_of_service": "2025-08-19",
    "payer": {"profile": "commercial", "name": "Aetna Choice POS II"},
    "claim_lines": [
        {"hcpcs": "J0257", "units": 490, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-08-19", "text": NOTE},
        {"id": "d2", "type": "infusion_record", "date": "2025-08-19", "text": MAR},
        {"id": "d3", "type": "other", "date": "2025-08-18", "text": AETNA},
        {"id": "d4", "type": "lab_report", "date": "2022-03-02", "text": LAB},
    ],
}

GOLD = {
    "chart_id": "b7-012",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "met",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "missing",
        "code_selection": "met",
        "smoking_status": "conflict",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 5.8, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 44},
        {"kind": "smoking_status", "value": "current"},
        {"kind": "weight", "value": 81.0, "unit": "kg", "value_kg": 81.0},
        {"kind": "drug_product", "value": "Glassia"},
        {"kind": "dose", "value": 4900},
        {"kind": "wastage", "value": 100},
        {"kind": "lot_number", "value": "LE9K0213"},
        {"kind": "expiration_date", "value": "2026-12"},
        {"kind": "infusion_start", "value": "09:48"},
        {"kind": "infusion_end", "value": "10:09"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Commercial. Gaps: (1) 'Current every day smoker ... Relapsed 04/2025' -> smoking_status current -> conflict "
        "(the 13 years of abstinence is context, no 'former smoker' statement; the only smoking finding is current). "
        "(2) No authorization number: reauthorization 'PENDING - CLINICAL REVIEW', 'Call reference #: 2025-0805-PC-4471' "
        "is a request reference, previous auth expired 07/31/2025, portal states no number issued; chart has no "
        "prior_authorization field -> missing. Dose 4,900 mg: 60 x 81.0 = 4860, tolerance 486 -> met. "
        "J0257 ceil(4900/10) = 490 = billed -> met. Commercial, no JW line, no JZ, waste 100 mg documented -> wastage met. "
        "Glassia on J0257 -> code_selection met. FEV1 44% -> fev1_range met. Serum 5.8 umol/L. "
        "Traps: order calc 4,860 mg; 5 x 1 g vials; 245 mL; 16.2/12 mL/min; check-in 09:05, VS 09:35/09:58/10:25, "
        "PIV 09:40, discharge 10:31, scribe timestamp 09:20, attestation 12:02; Aetna request '4,900 mg IV weekly x 52' "
        "and criteria text; prior FEV1 1.75/1.72 L; varenicline 0.5/1 mg, sertraline 100 mg, trazodone 50 mg; "
        "lab reference ranges."
    ),
}
