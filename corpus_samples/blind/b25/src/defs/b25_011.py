"""b25-011: medicaid, 2 gaps. Styles (1) Cerner PowerNote notes with pick lists + (3) letter of
medical necessity with tables. Prolastin-C Liquid 4,000 mg vial, no waste, J0256 400 JZ. Current
smoker; lot not transcribed."""

CHART_ID = "b25-011"
DOS = "2026-03-26"
PAYER = {"profile": "medicaid", "name": "Superior HealthPlan (Texas Medicaid STAR)"}
PRIOR_AUTH = "1177230456"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
Brazos Valley Regional Hospital - Outpatient Infusion                  Page 1 of 1
WHITFIELD, SHONDA R          MRN: 1340077215      FIN: 9926085512
DOB: 09/03/1976   Age: 49 years   Sex: Female    Visit: 03/26/2026  Outpatient
Attending: Adeyemi, Folake MD

* Final Report *
Document Type:       Infusion Nursing Note
Service Date/Time:   3/26/2026 08:12 CDT
Result Status:       Auth (Verified)
Sign Information:    Electronically Signed on 3/26/2026 10:21 CDT by Reyna, Dolores RN

Infusion Nursing Note
Authorization
  Medicaid PA #: 1177230456   [X] Verified by registration  [ ] Pending
Assessment
  Weight: 66.9 kg   [X] Measured  [ ] Stated
  VS 08:20  T 36.9  HR 92  RR 18  BP 128/80  SpO2 93% RA
  Resp: [ ] Clear  [X] Diminished  [X] Scattered wheeze  [ ] Crackles
  Infection s/s: [ ] Yes  [X] No     Steroids/antibiotics past 2 wk: [ ] Yes  [X] No
  Tobacco: [X] Current every day smoker  [ ] Former smoker  [ ] Never smoker
    Cigarettes/day: 5     Cessation counseling: [X] Provided (3 min)  [ ] Declined
Access
  [X] PIV   24g   L forearm   Time: 08:31    Blood return: [X] Yes  [ ] No
Medication
  Product: [ ] Prolastin-C  [X] Prolastin-C Liquid  [ ] Aralast NP  [ ] Zemaira  [ ] Glassia
  Order: 60 mg/kg IV weekly (calc 4,014 mg; pharmacy: one 4,000 mg vial, within 10%)
  Vial: 4,000 mg/80 mL    Lot #: see carton    Exp date: 08/2027
  Dose administered: 4,000 mg (80 mL)
  Infusion start: 08:40    Infusion stop: 08:58    Rate: 0.08 mL/kg/min (5.4 mL/min)
  Wastage: [X] No waste - single vial infused in full  [ ] Wasted: ___ mg
Post-Infusion
  VS 09:05  HR 88  BP 124/78  SpO2 94% RA
  Adverse reaction: [X] None  [ ] Headache  [ ] Urticaria  [ ] Other: ____
  PIV d/c 09:10.  Discharge 09:16  [X] Ambulatory
  Other: pt requests morning slots (works 2nd shift). Next infusion 04/02/2026 08:00.
"""

D2 = """
BRAZOS VALLEY PULMONARY CLINIC
801 E. Villa Maria Rd, Bryan, TX 77802     Tel 979-555-0136     Fax 979-555-0137

January 8, 2026
Superior HealthPlan - Pharmacy Prior Authorization (Medical Benefit)
RE: Letter of Medical Necessity - continued alpha-1 proteinase inhibitor therapy
Member: Shonda R. Whitfield     DOB 09/03/1976     Medicaid ID 528441907
Product: Prolastin-C Liquid, 60 mg/kg IV weekly (J0256)     Site: BVRH outpatient infusion
ICD-10: E88.01 alpha-1-antitrypsin deficiency; J43.9 emphysema; J44.9 COPD; F17.210

To whom it may concern:
Ms. Whitfield has severe alpha-1 antitrypsin deficiency (phenotype ZZ) with emphysema and has
received weekly Prolastin-C Liquid since 11/2024. I am requesting 12 further months.

Laboratory results
  Date         Test                                   Result        Reference
  10/21/2024   Alpha-1 antitrypsin (nephelometry)     22 mg/dL      100-190 mg/dL
  10/21/2024   AAT phenotype (IEF)                    ZZ            MM
  10/21/2024   SERPINA1 genotyping                    not resulted  (send-out lost; recollect)
  10/21/2024   IgA                                    211 mg/dL     70-400 mg/dL

Spirometry (post-bronchodilator)
  Date         FEV1 (L)   FEV1 % pred   FEV1/FVC   Note
  10/2024      1.44       52            0.47       baseline before augmentation
  04/2025      1.42       51            0.47
  12/2025      1.39       50            0.46

Exacerbations by year
  Year   Total   Hospitalized   Notes
  2023   3       1              pre-diagnosis
  2024   3       1              diagnosed 10/2024
  2025   1       0              on augmentation

Tobacco: she currently smokes about 5 cigarettes a day, down from a pack a day in 2024. She
started varenicline 01/2026 and is enrolled with the Texas Tobacco Quitline. Your criteria
accept "non-smoker, or smoker actively engaged in a cessation program"; her cessation
program is documented above.
Weight 67.8 kg (01/06/2026). No IgA deficiency.

Sincerely,
Folake Adeyemi, MD - Pulmonary Medicine       e-signed 01/08/2026
"""

D3 = """
Brazos Valley Regional Hospital - Laboratory                       * Final *
WHITFIELD, SHONDA R    MRN 1340077215    DOB 09/03/1976    F
Collected 10/21/2024 07:58    Resulted 10/25/2024 14:06    Ordering: Adeyemi, Folake MD

Alpha-1 Antitrypsin, Serum (nephelometry) ..... 22 mg/dL    (L)   Ref 100-190 mg/dL
Alpha-1 Antitrypsin Phenotype (IEF) ........... ZZ          (A)   Ref MM
  Comment: ZZ pattern, consistent with severe deficiency.
SERPINA1 Genotype (S/Z, reference lab) ........ PENDING - sent out 10/22/2024
Immunoglobulin A .............................. 211 mg/dL         Ref 70-400 mg/dL
"""

D4 = """
Brazos Valley Pulmonary Clinic
WHITFIELD, SHONDA R     MRN: 1340077215     FIN: 9926021944
* Final Report *
Document Type:       Pulmonology Office Note
Service Date/Time:   2/19/2026 14:05 CST
Result Status:       Auth (Verified)
Sign Information:    Electronically Signed on 2/19/2026 17:30 CST by Adeyemi, Folake MD

Subjective
  Alpha-1 follow-up. On Prolastin-C Liquid weekly since 11/2024.
  Exacerbations since last visit: [X] None  [ ] Outpatient  [ ] Hospital
  Symptoms vs last visit: [X] Improved  [ ] Same  [ ] Worse
  Other: cough less; climbs the stairs at work without stopping now. Varenicline since
  01/2026, down to 3-5 cigarettes/day. Sister and mother not tested yet.
Social
  Tobacco: [X] Current every day smoker  [ ] Former  [ ] Never     Pack-years: 20
Exam
  Weight: 67.3 kg   BP 126/78   HR 90   SpO2 94% RA
  Lungs: [X] Diminished  [ ] Wheeze  [ ] Crackles
Assessment / Plan
  1. Alpha-1 antitrypsin deficiency, ZZ phenotype (E88.01).
     Response to augmentation: [X] Improved  [ ] Stable  [ ] Declining  [ ] Too early
     Other: fewer exacerbations (1 in 2025 vs 3 in 2024), less cough. Continue weekly
     Prolastin-C Liquid. Recollect SERPINA1 genotype.
  2. Emphysema / COPD (J43.9): continue Trelegy 1 inh daily, albuterol prn.
  3. Tobacco use disorder (F17.210): varenicline 1 mg BID; quit date set 03/15/2026.
  Follow-up: [X] 3 mo  [ ] 6 mo
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-26", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-01-08", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2024-10-25", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-02-19", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d4", "_ev": "Alpha-1 antitrypsin deficiency, ZZ phenotype (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Alpha-1 Antitrypsin Phenotype (IEF) ........... ZZ"},
    {"kind": "serum_aat", "value": 22, "unit": "mg/dL", "_doc": "d3", "_ev": "Alpha-1 Antitrypsin, Serum (nephelometry) ..... 22 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "J43.9 emphysema"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "J44.9 COPD"},
    {"kind": "weight", "value": 66.9, "unit": "kg", "value_kg": 66.9, "_date": "2026-03-26", "_doc": "d1", "_ev": "Weight: 66.9 kg"},
    {"kind": "weight", "value": 67.3, "unit": "kg", "value_kg": 67.3, "_date": "2026-02-19", "_doc": "d4", "_ev": "Weight: 67.3 kg"},
    {"kind": "weight", "value": 67.8, "unit": "kg", "value_kg": 67.8, "_date": "2026-01-06", "_doc": "d2", "_ev": "Weight 67.8 kg (01/06/2026)"},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "Dose administered: 4,000 mg (80 mL)"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "[X] No waste - single vial infused in full"},
    {"kind": "expiration_date", "value": "2027-08", "_doc": "d1", "_ev": "Exp date: 08/2027"},
    {"kind": "infusion_start", "value": "08:40", "_doc": "d1", "_ev": "Infusion start: 08:40"},
    {"kind": "infusion_end", "value": "08:58", "_doc": "d1", "_ev": "Infusion stop: 08:58"},
    {"kind": "fev1", "value": 52, "_hdr": "FEV1 % pred", "_doc": "d2", "_ev": "10/2024      1.44       52"},
    {"kind": "fev1", "value": 51, "_hdr": "FEV1 % pred", "_doc": "d2", "_ev": "04/2025      1.42       51"},
    {"kind": "fev1", "value": 50, "_hdr": "FEV1 % pred", "_doc": "d2", "_ev": "12/2025      1.39       50"},
    {"kind": "response_to_therapy", "_doc": "d4", "_ev": "Response to augmentation: [X] Improved"},
    {"kind": "prior_authorization", "value": "1177230456", "_doc": "d1", "_ev": "Medicaid PA #: 1177230456"},
    {"kind": "smoking_status", "value": "current", "_doc": "d1", "_ev": "[X] Current every day smoker"},
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
    "lot_number": "missing",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "conflict",
}

ARITH = {
    "dos": "2026-03-26",
    "weight": {"value": 66.9, "unit": "kg", "kg": 66.9, "date": "2026-03-26"},
    "dose_mg": 4000,
    "target_mg": 4014.0,
    "tolerance_mg": 401.4,
    "deviation_pct": -0.35,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 400,
    "units_billed": 400,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-08"],
    "expiration_ok": True,
}

NOTES = """
Gaps: smoking_status conflict (current every-day smoker in the infusion note, the LMN and the
progress note; cessation therapy does not make her a former smoker, and the plan's quoted
criterion is policy text); lot_number missing ("Lot #: see carton" documents nothing; the
expiration 08/2027 is transcribed -> YYYY-MM, month end after the DOS). Genotype: IEF phenotype ZZ
counts while the SERPINA1 genotype is pending/not resulted. Traps: calc 4,014 mg; 4,000 mg/80 mL
vial size; VS 08:20/09:05, PIV 08:31/09:10, discharge 09:16, next infusion 04/02 08:00; rate 5.4
mL/min; IgA 211 mg/dL; references 100-190 and MM; "Cigarettes/day: 5"; quit date set for
03/15/2026 (a plan, not a status); varenicline 1 mg BID; unchecked "Former smoker"/"Never smoker"
boxes; relatives not tested.
"""
