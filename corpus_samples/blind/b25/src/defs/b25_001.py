"""b25-001: medicare, complete. Styles (1) Cerner PowerNote pick lists + (4) full PFT lab report.
Prolastin-C Liquid 4,000 mg + 500 mg vials = 4,500 mg, no waste, J0256 450 JZ."""

CHART_ID = "b25-001"
DOS = "2026-02-12"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
Lakeshore Regional Medical Center                                      Page 1 of 2
DELACROIX, VERNON R          MRN: 004417729        FIN: 2604318870
DOB: 05/14/1956   Age: 69 years   Sex: Male    Visit: 02/12/2026  Outpatient
Attending: Sorensen, Pia MD                    Location: LRMC Infusion Svcs Bay 4

* Final Report *

Document Type:       Infusion Nursing Note
Service Date/Time:   2/12/2026 09:31 CST
Result Status:       Auth (Verified)
Document Subject:    Alpha-1 augmentation - weekly
Sign Information:    Electronically Signed on 2/12/2026 11:06 CST by Mbeki, Lorraine RN

Infusion Nursing Note
Reason for Visit
  [X] Scheduled infusion   [ ] Injection only   [ ] Lab draw only   [ ] Port flush
  Other: weekly A1PI. Arrived ambulatory w/ spouse, checked in 09:31.
Diagnoses addressed
  [X] Alpha-1-antitrypsin deficiency (E88.01)
  [X] Panlobular emphysema (J43.1)
  [ ] COPD with acute exacerbation (J44.1)
Pre-Infusion Assessment
  Weight: 75.2 kg   [X] Measured-standing scale  [ ] Stated  [ ] Bed scale
  Height: 178 cm
  VS 09:40   T 36.7 C   HR 78   RR 18   BP 142/84   SpO2 92% RA
  Breath sounds: [X] Diminished bases  [ ] Wheezes  [ ] Crackles  [ ] Clear
  Cough: [ ] None  [X] Occasional, non-productive  [ ] Productive
  Fever/chills past 7 days: [ ] Yes  [X] No
  Exacerbation / antibiotics / steroids past 4 wk: [ ] Yes  [X] No
  Tobacco use: [ ] Never  [X] Former (quit 2004)  [ ] Current
  Selective IgA deficiency w/ anti-IgA Ab: [ ] Yes  [X] No (IgA 188 mg/dL, 2017)
IV Access
  [X] Peripheral IV   Site: R antecubital   Gauge: [ ] 24  [X] 22  [ ] 20   Placed: 09:48
  [ ] Implanted port   [ ] PICC
  Blood return: [X] Yes  [ ] No      NS 10 mL flush: [X] pre  [X] post
Premedication
  [X] None ordered
  [ ] Acetaminophen ___ mg PO   [ ] Diphenhydramine ___ mg PO/IV
Medication Administration
  Product: [ ] Prolastin-C  [X] Prolastin-C Liquid  [ ] Aralast NP  [ ] Zemaira  [ ] Glassia
  Order: alpha-1 proteinase inhibitor (human) 60 mg/kg IV every week
         (order wt 75.2 kg -> 4,512 mg; pharmacy rounded to nearest vial combination)
  Vials dispensed:
    Vial 1:  4,000 mg/80 mL   Lot: NG2517403   Exp: 06/30/2027
    Vial 2:    500 mg/10 mL   Lot: NG2516911   Exp: 03/31/2027
  Dose administered: 4,500 mg  (90 mL)
  Route: IV via 5 micron in-line filter      [X] Pump  [ ] Gravity
  Rate: 0.08 mL/kg/min (6 mL/min)
  Infusion start: 10:05      Infusion stop: 10:24
  Wastage: [X] None - entire contents of both vials infused  [ ] Partial vial wasted: ___ mg
Post-Infusion
  VS 10:35   T 36.8 C   HR 80   RR 18   BP 138/82   SpO2 93% RA
  Patient tolerated: [X] well  [ ] poorly  [ ] infusion stopped early
  Adverse reaction: [X] None  [ ] Rash  [ ] Chills  [ ] Dyspnea  [ ] Other: ____
  PIV removed 10:41, catheter tip intact, site WNL.
  Education: [X] Delayed-reaction s/s reviewed  [X] Appointment card given
  Other: pt asks about home infusion; referred to RN navigator. Per Dr. Sorensen
  no change until 6-mo visit.
Discharge
  Time: 10:52   [X] Ambulatory  [ ] Wheelchair   Accompanied by: spouse
  Next infusion: 02/19/2026 09:30
"""

D2 = """
LAKESHORE REGIONAL MEDICAL CENTER - PULMONARY FUNCTION LABORATORY
FULL PULMONARY FUNCTION REPORT

Name: DELACROIX, VERNON R          MRN: 004417729        Test date: 01/22/2026 08:10
DOB: 05/14/1956   Age: 69 y   Sex at birth: Male   Ref. population: GLI Global
Height: 178.0 cm   Weight: 75.8 kg   BMI: 23.9
Referring: Sorensen, Pia MD          Technologist: R. Okonjo, RRT, RPFT
Indication: AATD (E88.01), emphysema - annual PFT on augmentation
Bronchodilator: albuterol 400 mcg MDI via spacer; post-BD testing at 15 min
Reference equations: GLI-2012 spirometry, GLI-2017 TLCO, GLI-2021 static volumes
Session quality: spirometry grade A (ATS/ERS 2019); 3 acceptable pre, 3 acceptable post

SPIROMETRY           Pred    LLN     Pre   %Pred   Z-sc     Post  %Pred   Z-sc   %Chg
FVC        (L)       4.38   3.52    3.71     85   -1.20     3.84     88  -0.99     +4
FEV1       (L)       3.36   2.64    1.31     39   -4.21     1.39     41  -4.06     +6
FEV1/FVC   (%)       76.7   65.9    35.3     --   -4.88     36.2     --  -4.80
FEF25-75%  (L/s)     2.61   1.38    0.41     16   -3.90     0.46     18  -3.78    +12
PEF        (L/s)     8.52   6.41    4.02     47   -3.06     4.36     51  -2.79     +8
FET        (s)         --     --    11.8     --      --     12.4     --     --

Pre-BD trials        FVC     FEV1    PEF    BEV(mL)   FET
  Trial 1 *          3.71    1.31    4.02     62      11.8
  Trial 2            3.66    1.29    3.95     71      12.0
  Trial 3            3.58    1.28    3.87     58      10.6
Post-BD trials
  Trial 1            3.79    1.37    4.21     66      12.1
  Trial 2 *          3.84    1.39    4.36     60      12.4
  Trial 3            3.77    1.36    4.30     74      11.3
  (* = reported effort; FEV1 repeatability 30 mL pre, 20 mL post)

LUNG VOLUMES (body plethysmography)
                     Pred    LLN     ULN    Meas   %Pred   Z-sc
TLC        (L)       7.02   5.86    8.18    8.49    121   +2.11
RV         (L)       2.55   1.82    3.28    4.58    180   +4.38
RV/TLC     (%)       37.1   29.5    44.7    53.9     --   +3.70
FRC pleth  (L)       3.74   2.62    4.86    5.96    159   +3.25
IC         (L)       3.28   2.30    4.26    2.53     77   -1.27
VC         (L)       4.47   3.60    5.34    3.91     87   -0.97

DIFFUSING CAPACITY (single breath)
                     Pred    LLN    Meas   %Pred   Z-sc
DLCO (mL/min/mmHg)   25.9   19.4    11.8     46   -3.52
DLCO Hb-corrected    25.9   19.4    12.0     46   -3.46    Hb 14.1 g/dL (01/15/2026)
VA         (L)       6.85   5.79    5.42     79   -2.02
KCO                  4.06   3.17    2.21     54   -3.11
Maneuvers: 2 acceptable, repeatable within 0.9 units

Prior study 01/23/2025 (post-BD): FEV1 1.41 L (42 %pred), FVC 3.92 L, DLCO 49 %pred

INTERPRETATION
Spirometry shows a severe obstructive ventilatory defect (FEV1/FVC and FEV1 below LLN;
FEV1 z-score -4.21). No significant bronchodilator response (FEV1 +80 mL, +6 %). Lung
volumes show hyperinflation (TLC 121 %pred) with marked air trapping (RV 180 %pred, RV/TLC
above ULN). DLCO moderately-to-severely reduced, KCO reduced. Findings fit the patient's
known panlobular emphysema. Compared with 01/2025, post-BD FEV1 is 20 mL lower, within
test-retest variability.
Interpreted by: Sorensen, Pia MD   01/22/2026 15:40
"""

D3 = """
Lakeshore Regional Medical Center
DELACROIX, VERNON R     MRN: 004417729     FIN: 2601220417
* Final Report *
Document Type:       Pulmonology Office Note
Service Date/Time:   1/22/2026 10:15 CST
Result Status:       Auth (Verified)
Sign Information:    Electronically Signed on 1/22/2026 17:02 CST by Sorensen, Pia MD

Chief Complaint
  Annual AATD follow-up; PFT done this morning.
History of Present Illness
  69 y/o man with alpha-1 antitrypsin deficiency, PI*ZZ (genotyped 2017; serum AAT 31 mg/dL
  at diagnosis) and panlobular emphysema, on weekly Prolastin-C Liquid since 03/2018 in our
  infusion center.
  Interval exacerbations: [X] None  [ ] 1  [ ] 2 or more   ED/hospital: [ ] Yes [X] No
  Dyspnea mMRC: [ ] 0  [ ] 1  [X] 2  [ ] 3  [ ] 4      CAT today 14 (01/2025: 15)
  Infusions: [X] Weekly, no missed doses  [ ] Missed doses: ___
  Other: walks the dog 20 min daily; says this winter was quieter than last.
Family History
  Brother: AATD, PI*ZZ, bilateral lung transplant 2019.
  Daughter: PI*MZ, AAT 82 mg/dL, never smoker.
Social History
  Tobacco: [ ] Never  [X] Former - 25 pack-yr, quit 2004  [ ] Current
  Alcohol: [X] Occasional  [ ] None  [ ] Daily
Physical Exam
  Weight: 75.8 kg (PFT lab)   BP 136/80   HR 76   SpO2 93% RA
  Chest: [X] Decreased breath sounds  [ ] Wheeze  [ ] Crackles   Clubbing: [ ] Yes [X] No
Results Review
  PFT 01/22/2026: see full report. Post-BD FEV1 1.39 L, 20 mL below 01/2025.
  CT chest 03/2024: lower-lobe predominant panlobular emphysema; no nodules >4 mm.
Assessment/Plan
  1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), on augmentation.
     Response to augmentation: [X] Stable/favorable  [ ] Declining  [ ] Unable to assess
     Other: FEV1 flat over 12 mo, no exacerbations this year vs 2-3/yr before therapy.
     Continue Prolastin-C Liquid 60 mg/kg IV weekly (infusion pharmacy doses to day-of
     weight).
  2. Panlobular emphysema (J43.1): umeclidinium/vilanterol 62.5/25 mcg 1 inh daily;
     albuterol prn.
  3. Liver: LFTs 12/2025 normal; US 2024 without cirrhosis. Repeat US 2027.
  4. Vaccines: influenza 10/2025 given; RSV vaccine offered, pt will think it over.
  Follow-up: [ ] 3 mo  [X] 6 mo  [ ] 12 mo     With: [X] Spirometry  [ ] Full PFT
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-12", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2026-01-22", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-22", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "[X] Alpha-1-antitrypsin deficiency (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "PI*ZZ (genotyped 2017"},
    {"kind": "serum_aat", "value": 31, "unit": "mg/dL", "_doc": "d3", "_ev": "serum AAT 31 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "[X] Panlobular emphysema (J43.1)"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d2", "_ev": "severe obstructive ventilatory defect"},
    {"kind": "weight", "value": 75.2, "unit": "kg", "value_kg": 75.2, "_date": "2026-02-12", "_doc": "d1", "_ev": "Weight: 75.2 kg"},
    {"kind": "weight", "value": 75.8, "unit": "kg", "value_kg": 75.8, "_date": "2026-01-22", "_doc": "d2", "_ev": "Weight: 75.8 kg"},
    {"kind": "dose", "value": 4500, "_doc": "d1", "_ev": "Dose administered: 4,500 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "[X] None - entire contents of both vials infused"},
    {"kind": "lot_number", "value": "NG2517403", "_doc": "d1", "_ev": "Lot: NG2517403"},
    {"kind": "lot_number", "value": "NG2516911", "_doc": "d1", "_ev": "Lot: NG2516911"},
    {"kind": "expiration_date", "value": "2027-06-30", "_doc": "d1", "_ev": "Lot: NG2517403   Exp: 06/30/2027"},
    {"kind": "expiration_date", "value": "2027-03-31", "_doc": "d1", "_ev": "Lot: NG2516911   Exp: 03/31/2027"},
    {"kind": "infusion_start", "value": "10:05", "_doc": "d1", "_ev": "Infusion start: 10:05"},
    {"kind": "infusion_end", "value": "10:24", "_doc": "d1", "_ev": "Infusion stop: 10:24"},
    {"kind": "fev1", "value": 39, "_hdr": "%Pred", "_doc": "d2", "_ev": "FEV1       (L)       3.36   2.64    1.31     39"},
    {"kind": "fev1", "value": 41, "_hdr": "%Pred", "_doc": "d2", "_ev": "-4.21     1.39     41"},
    {"kind": "fev1", "value": 42, "_doc": "d2", "_ev": "FEV1 1.41 L (42 %pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "Response to augmentation: [X] Stable/favorable"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "[X] Former (quit 2004)"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "[X] Prolastin-C Liquid"},
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
    "dos": "2026-02-12",
    "weight": {"value": 75.2, "unit": "kg", "kg": 75.2, "date": "2026-02-12"},
    "dose_mg": 4500,
    "target_mg": 4512.0,
    "tolerance_mg": 451.2,
    "deviation_pct": -0.27,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 450,
    "units_billed": 450,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-06-30", "2027-03-31"],
    "expiration_ok": True,
}

NOTES = """
Complete. Cerner PowerNote infusion note with [X]/[ ] pick lists: only checked items count
(Prolastin-C Liquid checked among five products; Former checked; the unchecked "COPD with acute
exacerbation" and "Current" are not findings). 4,000 + 500 mg vials = 4,500 mg, no waste, JZ.
Traps: order calculation 4,512 mg; vial sizes 4,000/500 mg and 80/10 mL; check-in 09:31, VS
09:40/10:35, PIV 09:48, PIV removal 10:41, discharge 10:52, next infusion 02/19 09:30, rate
6 mL/min; IgA 188 mg/dL; PFT report: LLN, z-scores, trial rows, FEV1/FVC 35.3 %, FEF25-75 %pred,
lung volumes and DLCO %pred are not FEV1 %pred; FEV1 %pred pre 39, post 41 and the 2025 prior
42 are listed. Brother PI*ZZ and daughter PI*MZ 82 mg/dL are family. "Patient tolerated: [X] well"
is in the infusion record; the response finding is the pulmonologist's checked "Stable/favorable".
"""
