"""b25-010: medicare, complete. Styles (5) numbered Q/A infusion-nurse checklist + (4) full PFT
report. Prolastin-C 4 x 1,000 mg = 4,000 mg, no waste, billed J2252 4,000 JZ (1 mg/unit)."""

CHART_ID = "b25-010"
DOS = "2026-01-13"
PAYER = {"profile": "medicare", "name": "Medicare Part B (WPS J8)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J2252", "units": 4000, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
GREAT LAKES PULMONARY ASSOCIATES - IN-OFFICE INFUSION
A1PI ADMINISTRATION CHECKLIST (question / answer)
Patient: OSTROWSKI, GERALD F    DOB 07/19/1955    Chart # GLP-40872    DOS 01/13/2026
Nurse: Hollis Van Wyk, RN       Supervising physician on site: Renata Szczepanik, MD

PRE-INFUSION
Q1.  Identity confirmed with name + DOB?                 A1.  Yes
Q2.  Arrival time?                                       A2.  08:31
Q3.  Allergies reviewed?                                 A3.  Yes - sulfa (rash). No IgA deficiency.
Q4.  Fever, new sputum, or antibiotics in past 14 days?  A4.  No
Q5.  Weight today?                                       A5.  68.4 kg (office scale)
Q6.  Vitals?                                             A6.  08:38 BP 134/76, HR 81, RR 20,
                                                              SpO2 90% RA, T 36.6
Q7.  Order verified?                                     A7.  Prolastin-C 60 mg/kg IV weekly;
                                                              4 x 1,000 mg vials per pharmacy
Q8.  Product lot / expiration?                           A8.  Lot 2609C22, exp 2027-06-30
                                                              (all four vials same lot)
Q9.  Reconstituted per insert?                           A9.  Yes, 20 mL SWFI each, swirled,
                                                              80 mL pooled
Q10. IV access?                                          A10. 22g PIV R forearm 08:46
INTRA-INFUSION
Q11. Infusion start time?                                A11. 08:55
Q12. Rate?                                               A12. 0.08 mL/kg/min (5.5 mL/min)
Q13. Vitals 15 minutes in?                               A13. 09:10 BP 130/74, HR 80, SpO2 91%
Q14. Infusion stop time?                                 A14. 09:11
POST-INFUSION
Q15. Was the full dose administered?                     A15. Yes - 4,000 mg
Q16. Was any drug wasted?                                A16. No - the four vials were used
                                                              entirely
Q17. Reaction?                                           A17. None
Q18. Post vitals?                                        A18. 09:25 BP 132/78, HR 78, SpO2 91%
Q19. PIV removed, site?                                  A19. 09:27, intact, no hematoma
Q20. Discharge?                                          A20. 09:34 ambulatory; son driving
Q21. Next infusion?                                      A21. 01/20/2026 08:30
Signed: Hollis Van Wyk, RN   01/13/2026 09:52
"""

D2 = """
GREAT LAKES PULMONARY ASSOCIATES - PULMONARY FUNCTION LABORATORY
Complete PFT with DLCO and plethysmographic lung volumes
Name: OSTROWSKI, GERALD F   ID GLP-40872   DOB 07/19/1955   Age 70   Sex M   Ht 175 cm
Test date: 12/09/2025   Weight: 69.1 kg   Technologist: P. Lindqvist, CRT   Ref: GLI
Bronchodilator: albuterol 360 mcg MDI + spacer, 15 min

Spirometry       Pred    LLN    Pre      %Pred   Z       Post    %Pred   Z       %Chg
FVC  L           4.05    3.21   2.87     71      -2.07   3.03    75      -1.78   +6
FEV1 L           3.09    2.37   1.02     33      -4.48   1.08    35      -4.37   +6
FEV1/FVC %       76      65     36       --      -4.61   36      --      -4.61
FEF25-75 L/s     2.44    1.14   0.29     12      -3.92   0.31    13      -3.88
PEF L/s          8.11    6.02   3.38     42      -3.57   3.61    45      -3.33

Effort table (FEV1 / FVC, L)
  Pre:   #1 1.02/2.87 *   #2 1.00/2.84   #3 0.98/2.79   #4 0.96/2.91 (FEV1 not acceptable)
  Post:  #1 1.06/3.01     #2 1.08/3.03 *  #3 1.05/2.98
  ATS/ERS 2019 grading: pre A, post B

Lung volumes (pleth)   Pred   ULN    Meas   %Pred   Z
TLC L                  6.81   8.03   8.62   127    +2.43
RV  L                  2.52   3.30   5.41   215    +5.10
RV/TLC %               38     46     63      --    +4.65
FRC L                  3.60   4.74   6.29   175    +3.84

DLCO                   Pred   LLN    Meas   %Pred   Z
DLCO mL/min/mmHg       23.6   17.6   9.0    38     -3.85
KCO                    3.98   3.05   1.70   43     -3.62
Hb 13.6 g/dL (corrected value shown)

Previous: 12/10/2024 post-BD FEV1 1.12 L (36% pred), DLCO 40% pred.

Interpretation: Severe obstructive ventilatory defect with no significant bronchodilator
response. Marked hyperinflation and gas trapping. Severe reduction in diffusing capacity.
Findings consistent with advanced emphysema. FEV1 40 mL lower than 12/2024.
Interpreting physician: Renata Szczepanik, MD   12/09/2025 13:15
"""

D3 = """
GREAT LAKES PULMONARY ASSOCIATES - OFFICE NOTE
Date: 12/09/2025    Provider: Renata Szczepanik, MD
Patient: Ostrowski, Gerald F    DOB 07/19/1955

Reason: 6-month AATD visit with PFT.
History: 70-year-old retired machinist with alpha-1 antitrypsin deficiency due to a Z allele
and a null allele - sequencing 2018 (Mayo): c.1096G>A (p.Glu366Lys, Z) heterozygous and
c.721A>T (p.Lys241Ter, QObellingham) heterozygous; genotype PI*Z/Q0bellingham (Z/null).
Baseline AAT 3.1 umol/L (2018). Emphysema on CT 2018. In-office Prolastin-C weekly since
03/2019. Former smoker, quit 2010, 45 pack-years. Daughter PI*MZ (tested 2019).
Interval: one exacerbation (09/2025, prednisone 40 mg x 5 d). Uses oxygen 2 L with exertion.
Exam: Wt 69.1 kg. SpO2 90% RA at rest. Barrel chest, distant breath sounds.
PFT: post-BD FEV1 1.08 L (35% predicted); DLCO 38%.
Assessment:
 - AATD (Z/null) with emphysema, GOLD 3. On augmentation his FEV1 decline is about 40 mL/yr,
   and exacerbations are down to one a year from three a year before therapy - stable
   response; continue Prolastin-C 60 mg/kg IV weekly.
 - Exertional hypoxemia - continue O2 with exertion.
 - If FEV1 falls below 25% or hypercapnia develops, will refer to transplant center.
Plan: continue tiotropium/olodaterol and budesonide/formoterol; pulmonary rehab phase 3.
RTC 6 months.
Electronically signed: R. Szczepanik, MD 12/09/2025 17:48
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-13", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2025-12-09", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-12-09", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency due to a Z allele"},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "_doc": "d3", "_ev": "genotype PI*Z/Q0bellingham (Z/null)"},
    {"kind": "serum_aat", "value": 3.1, "unit": "uM", "_doc": "d3", "_ev": "Baseline AAT 3.1 umol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "Emphysema on CT 2018"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d2", "_ev": "Severe obstructive ventilatory defect"},
    {"kind": "weight", "value": 68.4, "unit": "kg", "value_kg": 68.4, "_date": "2026-01-13", "_doc": "d1", "_ev": "68.4 kg (office scale)"},
    {"kind": "weight", "value": 69.1, "unit": "kg", "value_kg": 69.1, "_date": "2025-12-09", "_doc": "d2", "_ev": "Weight: 69.1 kg"},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "A15. Yes - 4,000 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "A16. No - the four vials were used\n                                                              entirely"},
    {"kind": "lot_number", "value": "2609C22", "_doc": "d1", "_ev": "Lot 2609C22"},
    {"kind": "expiration_date", "value": "2027-06-30", "_doc": "d1", "_ev": "Lot 2609C22, exp 2027-06-30"},
    {"kind": "infusion_start", "value": "08:55", "_doc": "d1", "_ev": "Infusion start time?                                A11. 08:55"},
    {"kind": "infusion_end", "value": "09:11", "_doc": "d1", "_ev": "Infusion stop time?                                 A14. 09:11"},
    {"kind": "fev1", "value": 33, "_hdr": "%Pred", "_doc": "d2", "_ev": "FEV1 L           3.09    2.37   1.02     33"},
    {"kind": "fev1", "value": 35, "_doc": "d3", "_ev": "post-BD FEV1 1.08 L (35% predicted)"},
    {"kind": "fev1", "value": 36, "_doc": "d2", "_ev": "FEV1 1.12 L (36% pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "stable\n   response; continue Prolastin-C"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, quit 2010"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d1", "_ev": "Prolastin-C 60 mg/kg IV weekly"},
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
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-01-13",
    "weight": {"value": 68.4, "unit": "kg", "kg": 68.4, "date": "2026-01-13"},
    "dose_mg": 4000,
    "target_mg": 4104.0,
    "tolerance_mg": 410.4,
    "deviation_pct": -2.53,
    "within_tolerance": True,
    "code": "J2252",
    "billing_unit_mg": 1,
    "units_expected": 4000,
    "units_billed": 4000,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-06-30"],
    "expiration_ok": True,
}

NOTES = """
Complete per the guide's code table (J2252 at 1 mg/unit covers any A1PI; 4,000 mg -> 4,000
units, JZ with "used entirely"). A real coder would confirm J2252 with the payer (CMS lists it as
midazolam). Genotype Z/Q0bellingham -> [Z, NULL]; the two "heterozygous" variant lines belong to a
report of two deficient alleles and add no M allele. Q/A checklist traps: arrival 08:31, VS
08:38/09:10/09:25, PIV 08:46/09:27, discharge 09:34, signature 09:52, next infusion 01/20 08:30;
"4 x 1,000 mg vials per pharmacy" (vial sizes); 80 mL / 20 mL SWFI; rate 5.5 mL/min. PFT: trial
#4 not acceptable, LLN/z-scores, FEV1/FVC 36 %, FEF25-75, DLCO 38 %. FEV1 %pred 33 (pre), 35
(post) and 36 (12/2024) listed. Daughter PI*MZ; prednisone 40 mg; hypothetical transplant
referral.
"""
