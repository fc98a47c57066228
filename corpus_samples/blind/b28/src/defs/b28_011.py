"""b28-011: commercial, complete. Styles (5) infusion record written to non-US conventions (grams,
"165 lb 6 oz", day-first written-out dates, µmol/L, British spelling) and (1) ambient-AI-scribe visit
summary, plus a 2022 lab report. PI*SZ with a pre-treatment level of 8.9 µmol/L. Aralast NP 4.5 g,
J0256 450 JZ. Authorisation number only in the nursing record."""

CHART_ID = "b28-011"
DOS = "2026-03-11"
PAYER = {"profile": "commercial", "name": "Blue Cross Blue Shield of Illinois PPO (employer group)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
LAKEVIEW AMBULATORY INFUSION CLINIC - AUGMENTATION THERAPY RECORD
Patient: Callum R. DUNMORE        DOB: 2 August 1963        Clinic no.: LAI-00931
Date of infusion: 11 March 2026   Nurse: Siobhan Clarke, RGN   Consultant: Dr N. Iyer-Halvorsen
Funding: BCBS IL PPO - authorisation no. 88120437 (valid 1 January 2026 - 31 December 2026)

Pre-infusion observations (13:40)
  Weight 75.0 kg (165 lb 6 oz)   Height 1.80 m
  Temp 36.6 °C   BP 128/79   Pulse 72 reg   Resp 16   SpO2 96% on air
  Well in himself; no pyrexia, no new cough, no haemoptysis. Last infusion 4 March 2026, no problems.

Product
  Aralast NP 1 g vials x 4: batch LE25K331, expiry 31 Jul 2027
  Aralast NP 0.5 g vial x 1: batch LE25G908, expiry 30 Apr 2027
  Reconstituted with the supplied diluent (total 225 mL) and filtered (5 micron).
  Prescribed: 60 mg/kg x 75.0 kg = 4.5 g.

Administration
  Cannula 22G left forearm at 13:52 (first attempt).
  Aralast NP 4.5 g IV commenced 14:02 at 6 mL/min (0.08 mL/kg/min).
  14:20  obs stable (BP 124/76, P 70, SpO2 96%).
  Infusion completed 14:40; line flushed with 10 mL sodium chloride 0.9%.
  Wastage: nil - all five vials given in full.
  Cannula removed 15:05, site clean. Home 15:10, driving himself.

Comments: Tolerated well. Next infusion 18 March 2026 at 13:30. Patient reminded to bring his
  updated medicines list to the consultant review on 22 April 2026.
Signed: S. Clarke, RGN   11 March 2026 15:14
"""

D2 = """
Lakeview Pulmonary & Sleep Medicine
Ambient AI Scribe - Encounter Summary (reviewed by clinician before signing)
Encounter date: 02/25/2026    Clinician: Neha Iyer-Halvorsen, MD    Setting: office
Patient: Callum Dunmore, 62 M

Reason for visit
- Six-month review, alpha-1 antitrypsin deficiency (PI*SZ) on augmentation since 2022

Patient-reported
- He said he's "had the best winter in years" - no courses of steroids or antibiotics since
  October 2024; before augmentation he needed two or three a year.
- He mentioned he weighed himself yesterday at 76 kilos; he's cut back on bread.
- He plays nine holes of golf most weekends, walking, with one rest at the 5th.
- He has never smoked. Grew up in Glasgow; his father and uncle were heavy smokers.
- He asked whether his two daughters need testing; one has tested PI*MS, the other has not
  been tested.

Clinician-observed
- Exam: clear air entry, mildly prolonged expiration, no wheeze.
- Spirometry today: FEV1 2.21 L (61% predicted), FEV1/FVC 0.58; 02/2025 FEV1 2.12 L (58% predicted).
- Trough AAT in December 2025 on therapy: 16.1 µmol/L (pre-dose).
- CT 2022 (outside): mild centrilobular emphysema, both upper lobes, plus basal panlobular change.

Assessment & Plan
- Alpha-1 antitrypsin deficiency, PI*SZ, with emphysema
  - Pre-treatment level 8.9 µmol/L (2022) - below the protective threshold.
  - Doing well on augmentation: FEV1 up slightly over a year, no exacerbations in 16 months.
  - Continue Aralast NP 60 mg/kg IV weekly at Lakeview infusion clinic.
  - If his weight keeps falling, the clinic re-doses from each infusion-day weight.
- Family
  - Genetic counselling referral offered for the untested daughter.
- Follow-up 6 months with spirometry.

Electronically signed: Neha Iyer-Halvorsen, MD   02/25/2026 16:31
"""

D3 = """
MIDWEST SPECIALTY LABORATORIES                               Final report
Patient: DUNMORE, CALLUM R   DOB 08/02/1963   Collected 05/16/2022 09:05   Reported 05/20/2022
Ordered by: N. Iyer-Halvorsen, MD

Alpha-1 Antitrypsin, quantitative (nephelometry, SI units)
   Result ....................... 8.9 µmol/L     LOW     Reference 20.0-48.0 µmol/L
Alpha-1 Antitrypsin phenotype (isoelectric focusing)
   Result ....................... PiSZ                   Reference pattern: PiMM
Comment: SZ phenotype with a serum level below 11 µmol/L. Consider SERPINA1 genotyping to
exclude a null allele. Results may be affected by acute-phase response (CRP not performed).
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-11", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-25", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2022-05-20", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "Alpha-1 antitrypsin deficiency, PI*SZ, with emphysema"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d3", "_ev": "Result ....................... PiSZ"},
    {"kind": "serum_aat", "value": 8.9, "unit": "uM", "_doc": "d3", "_ev": "Result ....................... 8.9 µmol/L"},
    {"kind": "serum_aat", "value": 16.1, "unit": "uM", "_doc": "d2", "_ev": "Trough AAT in December 2025 on therapy: 16.1 µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "mild centrilobular emphysema, both upper lobes"},
    {"kind": "weight", "value": 75.0, "unit": "kg", "value_kg": 75.0, "_date": "2026-03-11", "_doc": "d1",
     "_ev": "Weight 75.0 kg (165 lb 6 oz)"},
    {"kind": "weight", "value": 76, "unit": "kg", "value_kg": 76.0, "_date": "2026-02-24", "_doc": "d2",
     "_ev": "he weighed himself yesterday at 76 kilos"},
    {"kind": "dose", "value": 4500, "_doc": "d1", "_ev": "Aralast NP 4.5 g IV commenced 14:02"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Wastage: nil - all five vials given in full."},
    {"kind": "lot_number", "value": "LE25K331", "_doc": "d1", "_ev": "batch LE25K331"},
    {"kind": "lot_number", "value": "LE25G908", "_doc": "d1", "_ev": "batch LE25G908"},
    {"kind": "expiration_date", "value": "2027-07-31", "_doc": "d1", "_ev": "batch LE25K331, expiry 31 Jul 2027"},
    {"kind": "expiration_date", "value": "2027-04-30", "_doc": "d1", "_ev": "batch LE25G908, expiry 30 Apr 2027"},
    {"kind": "infusion_start", "value": "14:02", "_doc": "d1", "_ev": "Aralast NP 4.5 g IV commenced 14:02"},
    {"kind": "infusion_end", "value": "14:40", "_doc": "d1", "_ev": "Infusion completed 14:40"},
    {"kind": "fev1", "value": 61, "_doc": "d2", "_ev": "FEV1 2.21 L (61% predicted)"},
    {"kind": "fev1", "value": 58, "_doc": "d2", "_ev": "FEV1 2.12 L (58% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d2",
     "_ev": "Doing well on augmentation: FEV1 up slightly over a year, no exacerbations in 16 months."},
    {"kind": "prior_authorization", "value": "88120437", "_doc": "d1", "_ev": "authorisation no. 88120437"},
    {"kind": "smoking_status", "value": "never", "_doc": "d2", "_ev": "He has never smoked."},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "Aralast NP 1 g vials x 4"},
]

REQUIREMENTS = {
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
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-03-11",
    "weight": {"value": 75.0, "unit": "kg", "kg": 75.0, "date": "2026-03-11"},
    "dose_mg": 4500,
    "target_mg": 4500.0,
    "tolerance_mg": 450.0,
    "deviation_pct": 0.0,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 450,
    "units_billed": 450,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-07-31", "2027-04-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. Commercial profile with PI*SZ: genotype is met because a level below threshold is documented
(8.9 µmol/L pre-treatment); the on-therapy trough 16.1 µmol/L is the patient's and listed. PA only in the
nursing record ("authorisation no. 88120437"); the chart carries no prior_authorization field. Style-5
traps: dose in grams (4.5 g = 4,500 mg; "Prescribed: 60 mg/kg x 75.0 kg = 4.5 g" is the calculation, same
value); "75.0 kg (165 lb 6 oz)" one weighing; written-out day-first dates and expiries; "haemoptysis"
negated; "nil" wastage. Traps: obs 13:40 and 14:20, cannula 13:52, removal 15:05, home 15:10, next infusion
18 March 13:30, consultant review 22 April; scribe home
weight "76 kilos" yesterday (02/24, listed); daughters PI*MS / untested and father/uncle smokers (family);
lab reference 20.0-48.0 µmol/L and "PiMM" reference pattern; hypothetical re-dosing if weight falls.
"""
