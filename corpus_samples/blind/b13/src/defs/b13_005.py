# b13-005  commercial  Prolastin-C (lyophilized) 5 x 1,000 mg = 5,000 mg, J2252 x 5000 JZ.  COMPLETE.
# Style (7, own): back-end speech-recognition dictation, transcribed and "dictated but not read",
# with spoken numbers, a self-correction of the start time, and 12-hour clock times; plus a
# payer prior-authorization approval letter quoting policy criteria, and a genotyping lab report.

D1 = """NORTH SHORE CHEST & INFUSION, P.C.
OFFICE VISIT AND INFUSION PROCEDURE NOTE (TRANSCRIBED)

PATIENT: ALBRECHT, THOMAS E.        DOB: 07/02/1964        MRN: NSC-118204
DATE OF SERVICE: 11/18/2025
PROVIDER: Priya Natarajan, MD

This is Dr. Priya Natarajan dictating an office visit and infusion procedure note on Thomas
Albrecht, date of birth July 2, 1964, date of service November 18, 2025.

CHIEF COMPLAINT: Weekly alpha-1 augmentation and quarterly follow-up.

HISTORY OF PRESENT ILLNESS: Mr. Albrecht is a 61-year-old gentleman with alpha-1 antitrypsin
deficiency, PI star ZZ, diagnosed in 2021 after his younger brother was found to have alpha-1
related cirrhosis and went on to liver transplant. He has emphysema with GOLD stage 2 COPD. He
started Prolastin-C in August 2021 and has received it weekly in our office since then. He tells
me today that his breathing is about the same as in the summer. He has had no exacerbations at
all in 2025; in 2020, before the diagnosis, he had three courses of prednisone and two of
antibiotics. He walks 2 miles most mornings with his wife and their dog, a little slower uphill.
He has never smoked. He does get some heartburn with coffee. No hemoptysis, no chest pain, no
leg swelling. He did lose some weight on purpose, down from 93 kilograms in May, by cutting out
bread and beer.

MEDICATIONS: Prolastin-C 60 mg/kg IV weekly in the office; Symbicort 160/4.5 two puffs twice
daily; Spiriva Respimat 2.5 mcg two inhalations daily; albuterol 90 mcg 2 puffs as needed;
rosuvastatin 20 mg daily; omeprazole 20 mg daily; finasteride 5 mg daily; fish oil 1,000 mg
daily; ibuprofen 400 mg as needed, which he uses rarely.

ALLERGIES: Codeine, nausea.

PHYSICAL EXAMINATION: Blood pressure 128/76, pulse 72, respirations 16, oxygen saturation 95
percent on room air, temperature 98.1. He weighs 90.7 kilograms (200 pounds) on our scale today.
Lungs with decreased breath sounds at the bases, no wheezes, no crackles. Heart regular. No
clubbing or edema.

DATA: Pulmonary function tests from September 2025 show an FEV1 of 1.98 liters, 58 percent of
predicted, with FEV1/FVC of 0.55 and a DLCO of 62 percent. In September 2024 the FEV1 was
61 percent of predicted, so essentially stable. Alpha-1 level at diagnosis was 22 mg/dL.

INFUSION PROCEDURE: Consent on file (renewed 08/2025). Indication alpha-1 antitrypsin
deficiency with emphysema. A 22-gauge IV was placed in the left forearm by our nurse, Kayla
Brandt, at 1:52 p.m. Five 1000 mg vials of Pro lasting C [Prolastin-C] were used, all from lot
number P as in Peter, L as in Lima, 1087743, that is lot PL1087743, expiration October 2026.
The vials were reconstituted with the supplied diluent starting at 1:45 p.m. Total dose today
was 5 grams, that is 5000 mg. Sixty milligrams per kilogram at his weight would be 5442 mg, so
five vials is within 10 percent and we round down to whole vials per our protocol. All five vials
were reconstituted and infused in full, no wastage. The infusion was started at 2:05 --
correction -- 2:10 p.m., and completed at 2:37 p.m. at about 4 mL per minute. He tolerated it without
any reaction. Vital signs at 2:45 p.m. were blood pressure 124/74, pulse 70, saturation 96
percent. IV discontinued at 2:50 p.m. and he left the office at 2:58 p.m.

ASSESSMENT AND PLAN:
1. Alpha-1 antitrypsin deficiency, PI*ZZ, E88.01. Good response to augmentation: no
   exacerbations this year, FEV1 stable over 12 months, infusions well tolerated. Continue
   Prolastin-C weekly. Prior authorization with Northstar is active through May 31, 2026,
   authorization number NSH-2025-A1P-447120.
2. Emphysema/COPD, GOLD 2. Continue Symbicort and Spiriva. Refill albuterol. Flu shot done
   in October. He asks about the RSV vaccine; we will give it at the next visit if insurance
   covers it.
3. Weight loss, intentional. If his weight falls below 83 kilograms we will drop to 4 vials;
   not now.
4. GERD. Omeprazole, avoid late meals.
5. Family screening. His daughter has not been tested yet; genetic counseling referral given
   again. [inaudible] cousin in Ohio.

Return in 3 months with repeat spirometry. Continue weekly infusions.

DICTATED BUT NOT READ -- electronically signed pending review
Priya Natarajan, MD
D: 11/18/2025 15:06   T: 11/19/2025 08:41   Job #: 5581023   MT: kls
"""

D2 = """ARBOR CLINICAL LABORATORIES                              CUMULATIVE REPORT
Patient: ALBRECHT, THOMAS E     DOB 07/02/1964    Sex M    Acct NSC-118204
Ordering: Natarajan, Priya MD    Collected 05/17/2021 07:55    Reported 05/26/2021 13:10

ALPHA-1 ANTITRYPSIN, QUANTITATIVE (nephelometry)
  Result: 22 mg/dL    LOW    Reference interval: 100-190 mg/dL
  Note: Results < 70 mg/dL may indicate homozygous deficiency; genotyping/phenotyping advised.

ALPHA-1 ANTITRYPSIN GENOTYPING (SERPINA1 S and Z alleles, PCR)
  S allele (c.863A>T, p.Glu288Val):   NOT DETECTED
  Z allele (c.1096G>A, p.Glu366Lys):  DETECTED, TWO COPIES (homozygous)
  Genotype: PI*ZZ
  Interpretation: Homozygous for the Z allele, consistent with severe alpha-1 antitrypsin
  deficiency. This assay detects only the S and Z alleles; rare and null alleles are not
  detected.

HEPATIC FUNCTION PANEL (same draw)
  AST 28 U/L (10-40)   ALT 31 U/L (7-56)   Alk phos 88 U/L (40-129)   Total bilirubin 0.7 mg/dL

Reviewed: D. Feldman, MD, Clinical Pathology
"""

D3 = """NORTHSTAR HEALTH PLAN -- UTILIZATION MANAGEMENT
PRIOR AUTHORIZATION DETERMINATION: APPROVED                         Date: 06/02/2025

Member: Thomas E. Albrecht      Member ID: NSH884120377      Group: 77120 (Employer PPO)
Requesting provider: Priya Natarajan, MD -- North Shore Chest & Infusion, P.C.
Service: Alpha-1 proteinase inhibitor (human), Prolastin-C, IV, physician office (site of care
approved)
Reference #: CR-88213-UM (use for correspondence; this is not the authorization number)

AUTHORIZATION NUMBER: NSH-2025-A1P-447120
Approved: HCPCS J2252, up to 5,500 units per week, 52 weekly administrations
Dates: 06/01/2025 through 05/31/2026

Criteria applied (Northstar Medical Drug Policy MDP-118, Alpha-1 Proteinase Inhibitors):
 1. Age 18 or older.
 2. Pretreatment serum AAT < 11 umol/L (< 80 mg/dL by radial immunodiffusion or < 50 mg/dL by
    nephelometry).
 3. PI*ZZ, PI*Z(null), PI*(null)(null) or another deficient genotype; PI*MZ and PI*MS excluded.
 4. Emphysema with post-bronchodilator FEV1 25% to 80% predicted.
 5. Non-smoker or former smoker.
 6. Dose not to exceed 60 mg/kg IV once weekly.
Continuation requires documentation of clinical benefit and continued non-smoking.

Reviewer: M. Oduya, PharmD, for the Medical Director. This approval is not a guarantee of
payment; benefits are subject to eligibility on the date of service.
"""

CHART = {
    "chart_id": "b13-005",
    "date_of_service": "2025-11-18",
    "payer": {"profile": "commercial", "name": "Northstar Health Plan (Employer PPO)"},
    "prior_authorization": "NSH-2025-A1P-447120",
    "claim_lines": [
        {"hcpcs": "J2252", "units": 5000, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-11-18", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2021-05-26", "text": D2},
        {"id": "d3", "type": "other", "date": "2025-06-02", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b13-005",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 22, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 58},
        {"kind": "fev1", "value": 61},
        {"kind": "weight", "value": 90.7, "unit": "kg", "value_kg": 90.7},
        {"kind": "weight", "value": 93.0, "unit": "kg", "value_kg": 93.0},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "PL1087743"},
        {"kind": "expiration_date", "value": "2026-10"},
        {"kind": "infusion_start", "value": "14:10"},
        {"kind": "infusion_end", "value": "14:37"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "NSH-2025-A1P-447120"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "Complete. J2252 (1 mg unit per the guide) x 5000 = ceil(5000/1). 5,000 mg at 90.7 kg is -8.1 % "
        "(inside 10 %; 5,442 mg is a calculation). '90.7 kilograms (200 pounds)' is one weight. Start time "
        "dictated '2:05 -- correction -- 2:10 p.m.' -> 14:10 (correction supersedes); IV 1:52, "
        "reconstitution 1:45, vitals 2:45, IV out 2:50, departure 2:58 are not infusion times. "
        "Voice-recognition 'Pro lasting C [Prolastin-C]' normalizes to Prolastin-C. Lot spelled out "
        "('P as in Peter, L as in Lima, 1087743') resolves to PL1087743. PA letter: 'Reference # CR-88213-UM' "
        "is not an authorization number; policy criteria (11 umol/L, 80/50 mg/dL, FEV1 25-80 %) are quoted "
        "policy text. Brother's cirrhosis (family); hypothetical 4 vials below 83 kg. fev1_range on the most "
        "recent value (58 %). Commercial with JZ and an explicit 'no wastage' -> met."
    ),
}

ARITH = {
    "dos": "2025-11-18", "product": "Prolastin-C",
    "weight_kg": 90.7, "weight_lb": 200, "weight_source": "d1 office scale on DOS (90.7 kg = 200 lb)",
    "dose_mg": 5000, "pct_diff": -8.1, "vials": ["5 x 1,000 mg lot PL1087743"],
    "vial_total_mg": 5000, "waste_mg": 0,
    "code": "J2252", "bu_mg": 1, "admin_units_billed": 5000, "jw_units_billed": 0,
    "lots": [{"lot": "PL1087743", "exp": "2026-10"}],
    "rid_serum_values": [], "fev1_for_range": 58, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d1", "Alpha-1 antitrypsin deficiency, PI*ZZ, E88.01"),
    ("genotype:Z,Z", "d2", "Genotype: PI*ZZ"),
    ("serum_aat:22:mg/dL", "d2", "Result: 22 mg/dL    LOW"),
    ("lung_disease:emphysema", "d1", "He has emphysema with GOLD stage 2 COPD"),
    ("lung_disease:copd", "d1", "GOLD stage 2 COPD"),
    ("fev1:58", "d1", "58 percent of\npredicted"),
    ("fev1:61", "d1", "61 percent of predicted"),
    ("weight:90.7", "d1", "He weighs 90.7 kilograms (200 pounds)"),
    ("weight:93.0", "d1", "down from 93 kilograms in May"),
    ("dose:5000", "d1", "Total dose today\nwas 5 grams, that is 5000 mg"),
    ("wastage:0", "d1", "no wastage"),
    ("lot_number:PL1087743", "d1", "that is lot PL1087743"),
    ("expiration_date:2026-10", "d1", "expiration October 2026"),
    ("infusion_start:14:10", "d1", "correction -- 2:10 p.m."),
    ("infusion_end:14:37", "d1", "completed at 2:37 p.m."),
    ("response_to_therapy", "d1", "Good response to augmentation"),
    ("prior_authorization:NSH-2025-A1P-447120", "d1", "authorization number NSH-2025-A1P-447120"),
    ("smoking_status:never", "d1", "He has never smoked."),
    ("drug_product:Prolastin-C", "d1", "Continue\n   Prolastin-C weekly"),
]
