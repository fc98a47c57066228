"""b23-012: commercial, NEGATIVE CONTROL (not A1PI therapy; PI*MZ carrier, severe AATD excluded).
Styles (4) pulmonary-rehab session note with CAT/mMRC/SGRQ/6MWD over time and (5) the health
plan's telephonic nurse case-manager record (A1PI request not approved). Claim: pulmonary rehab
94626 only."""

CHART_ID = "b23-012"
DOS = "2026-02-05"
PAYER = {"profile": "commercial", "name": "Keystone Choice HMO"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "94626", "units": 1, "modifiers": []},
]

D1 = """
LAKEVIEW CARDIOPULMONARY REHAB - PULMONARY REHABILITATION SESSION NOTE
Date: 02/05/2026    Session 18 of 24    Patient: Strand, Evelyn J   DOB 05/11/1961   MRN LV-402177
Rehab dx: COPD (J44.9), centrilobular emphysema on CT 2025     Referring: Omar Qureshi, MD
Staff: Colleen Arbogast, RRT, CPFT / Marcus Bell, EP-C

Pre-exercise 1310: BP 128/78  HR 84  SpO2 94% RA  RR 18   Borg 1   Wt 71.8 kg
Exercise: treadmill 22 min 2.2 mph 3% grade; NuStep 12 min level 6 (48 W); UE ergometer 8 min;
  resistance circuit 2 x 10. Peak HR 118, SpO2 nadir 90% RA, Borg dyspnea 4, RPE 13.
Post-exercise 1415: BP 134/80  HR 92  SpO2 95% RA.
Education: exacerbation action plan, inhaler technique (Anoro - good), energy conservation.

Outcome tracking (program):
  Measure         Entry 11/06/25   Session 12 01/08/26   Today 02/05/26   MCID
  CAT             21               18                    15               2
  mMRC            2                2                     1                1
  SGRQ total      47.9             --                    (at d/c)         4
  6MWD            362 m            --                    (at d/c)         30 m
  Weight          73.0 kg          72.2 kg               71.8 kg

Assessment: Good progess in rehab - CAT down 6 and mMRC down a grade since entry, exercise
tolerance up (NuStep 32 -> 48 W). These gains are from exercise training; she is not on any
augmentation therapy (alpha-1 request was not approved - she is an MZ carrier, see plan CM note).
Pt asked again whether "the alpha-1 infusion" would help her; explained per Dr. Qureshi that MZ
with a normal-range level is not an indication. Former smoker, quit 01/2020 (32 pk-yr).
Plan: continue 2x/wk through session 24 (est. 03/05/26); 6MWT and SGRQ at discharge.
C. Arbogast, RRT, CPFT   02/05/2026 14:40
"""

D2 = """
KEYSTONE CHOICE HMO - CARE MANAGEMENT / UM NOTES (telephonic nurse case management)
Member: STRAND, EVELYN J     DOB 05/11/1961     Member ID KCH-88120551
Case manager: Renee Lindgren, RN, CCM      Program: Respiratory Complex Care
Document released to provider portal 02/02/2026; filed in chart by Lakeview HIM

12/03/2025 11:15  UM review (pharmacy benefit - medical drug)
  Request from Omar Qureshi, MD: Prolastin-C 60 mg/kg IV weekly. Dx on request: J44.9, Z14.8.
  Clinicals received: AAT 96 mg/dL (11/2025), phenotype MZ, FEV1 58% pred, CT centrilobular
  emphysema, former smoker (quit 2020).
  Plan criteria (MP-DRUG-211 Alpha-1 Proteinase Inhibitors): serum AAT <11 umol/L (<57 mg/dL by
  nephelometry or <80 mg/dL by RID) AND PI*ZZ, PI*Z(null), PI*(null)(null) or other deficient
  genotype; FEV1 25-80% predicted; non-smoker >= 6 months.
  Determination: NOT APPROVED - heterozygous MZ with serum level above threshold. Case ref#
  UM-25-8841902. Peer-to-peer offered. Member and prescriber notified by letter 12/04/2025.

12/10/2025 14:30  Outbound call, 21 min
  Member reported: upset about the denial; her brother "has the same alpha-1 and gets infusions
  every week" (brother is PI*ZZ per member). Breathing "worse in the cold", using albuterol 3-4x/
  week. Enrolled in pulmonary rehab 11/06 - likes it. Weight 160 lb per home scale.
  CM education: MZ carrier status vs severe deficiency; rehab, vaccines, action plan.
  Next review: 01/2026.

01/14/2026  Outbound call, 10 min
  Member reported: 12 rehab sessions done, "can do the grocery store without stopping now."
  Peer-to-peer not requested by prescriber; denial stands. No appeal filed.
  Pulmonary rehab: 24 sessions covered under the medical benefit, no auth required.
  Next review: 03/2026 (after rehab discharge).
"""

D3 = """
TRI-COUNTY REFERENCE LABORATORY          FINAL REPORT
Patient: STRAND, EVELYN J   DOB 05/11/1961   Collected 11/12/2025 07:40   Reported 11/18/2025
Ordering: Omar Qureshi, MD   Accession 25-TC-4418207

Test                                   Result      Flag    Reference interval
Alpha-1-antitrypsin, serum             96 mg/dL    L       100-190 mg/dL
Alpha-1-antitrypsin phenotype (IEF)    MZ                  MM
C-reactive protein, high sensitivity   1.4 mg/L            <3.0 mg/L

Interpretation: Pi MZ phenotype - heterozygous carrier of the Z allele. The serum concentration
is mildly reduced and above the protective threshold (approx. 57 mg/dL / 11 umol/L); this result
does not indicate severe alpha-1 antitrypsin deficiency. Augmentation therapy is not indicated for
MZ individuals per ATS/ERS guidance. Genetic counseling and testing of relatives may be
considered. Normal CRP - level unlikely to be falsely elevated by inflammation.
Reviewed: Priscilla Oyelowo, MD, Pathology
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-02-05", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-02", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2025-11-18", "text": D3},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d3", "_ev": "Pi MZ phenotype"},
    {"kind": "serum_aat", "value": 96, "unit": "mg/dL", "_doc": "d3", "_ev": "96 mg/dL    L"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "COPD (J44.9)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "centrilobular emphysema on CT 2025"},
    {"kind": "fev1", "value": 58, "_doc": "d2", "_ev": "FEV1 58% pred"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker, quit 01/2020"},
    {"kind": "weight", "value": 71.8, "unit": "kg", "value_kg": 71.8, "_date": "2026-02-05", "_doc": "d1", "_ev": "Wt 71.8 kg"},
    {"kind": "weight", "value": 73.0, "unit": "kg", "value_kg": 73.0, "_date": "2025-11-06", "_doc": "d1", "_ev": "Weight          73.0 kg"},
    {"kind": "weight", "value": 72.2, "unit": "kg", "value_kg": 72.2, "_date": "2026-01-08", "_doc": "d1", "_ev": "73.0 kg          72.2 kg"},
    {"kind": "weight", "value": 160, "unit": "lb", "value_kg": 72.6, "_date": "2025-12-10", "_doc": "d2", "_ev": "Weight 160 lb per home scale"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing",
    "genotype": "conflict",
    "serum_aat_level": "conflict",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "missing",
    "prior_authorization": "missing",
    "code_selection": "not_applicable",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-02-05",
    "weight": {"value": 71.8, "unit": "kg", "kg": 71.8, "date": "2026-02-05"},
    "dose_mg": None,
    "target_mg": 4308.0,
    "tolerance_mg": 430.8,
    "deviation_pct": None,
    "within_tolerance": None,
    "code": None,
    "billing_unit_mg": None,
    "units_expected": None,
    "units_billed": None,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": None,
    "modifiers": [],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
NEGATIVE CONTROL: COPD/emphysema in a PI*MZ carrier (AAT 96 mg/dL); the plan denied a Prolastin-C
request; the DOS is a pulmonary-rehab session (94626), no drug lines. aatd_diagnosis missing (no
affirmed AATD: "MZ carrier", "does not indicate severe alpha-1 antitrypsin deficiency", Z14.8 on
the request); genotype conflict (MZ); serum conflict (96 mg/dL); administration items missing;
response missing (rehab gains are from exercise; no augmentation); PA missing (denial case ref#
UM-25-8841902 is not an authorization; rehab needs no auth). Traps: policy criteria thresholds
(<11 umol/L, <57/<80 mg/dL, FEV1 25-80 %), brother PI*ZZ on infusions, requested (never given)
Prolastin-C 60 mg/kg (no drug_product finding), lab reference MM and 100-190 mg/dL, CRP, rehab
vitals times, CAT/mMRC/SGRQ/6MWD values, NuStep watts. Home-scale 160 lb is a patient-reported
measured weight with a unit (listed, value_kg 72.6).
"""
