CHART = {
    "chart_id": "b6-012",
    "date_of_service": "2026-06-18",
    "payer": {"profile": "medicare", "name": "Medicare Part B (WPS J5)"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 3500, "modifiers": ["JZ"]}
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-06-18", "text": """
*Final Report*

Document Type:        Pulmonary Clinic Note
Service Date/Time:    6/18/2026 08:20 CDT
Result Status:        Auth (Verified)
Document Subject:     AATD - augmentation follow-up
Sign Information:     Electronically signed by Raymond Achterberg, MD on
                      6/18/2026 09:05 CDT

Patient: HAUGLAND, EINAR T     MRN: CN00418823     DOB: 1/22/1956 (70 y)
Location: River Falls Medical Center - Pulmonary & Infusion Clinic

Subjective
Mr. Haugland is a 70-year-old retired farmer with severe alpha-1
antitrypsin deficiency (PiZZ phenotype) and emphysema / COPD who has
received weekly augmentation with Prolastin-C Liquid since 05/2022.
Since augmentation his exacerbations have dropped from 4 per year to
1 in the past year, with no admissions since 2022. FEV1 has been stable.
He tolerates infusions with only mild fatigue. He has lost no weight; he
is eating well. Former smoker - quit 1998, 40 pack-years.

Review of Systems: negative for fever, chest pain, edema, hemoptysis.

Objective
Vital Signs (6/18/2026 08:12): BP 134/78, HR 70, RR 18, Temp 36.5 C,
SpO2 92% RA, Weight 58.0 kg, Height 172 cm, BMI 19.6
Exam: thin, barrel chest, distant breath sounds, no wheeze, no edema.

Results
PFT 4/2026: FEV1 0.98 L (33% predicted), FEV1/FVC 0.34; stable vs
4/2025 (0.99 L).
AAT 3/2022: 22 mg/dL, phenotype PiZZ (CSV lab export attached).
SERPINA1 DNA genotype sent 3/2022 - never resulted (sample QNS); not
repeated because phenotype is diagnostic.

Assessment and Plan
1. Alpha-1 antitrypsin deficiency, PiZZ (E88.01) - on augmentation,
   responding: fewer exacerbations, stable FEV1.
   - Continue Prolastin-C Liquid 60 mg/kg IV weekly. Wt 58.0 kg today ->
     3,480 mg calculated; 3,500 mg dose (3 x 1 g + 1 x 0.5 g vials).
2. Emphysema / COPD (J43.9), severe - continue Trelegy, albuterol PRN;
   O2 with exertion 2 L.
3. Low BMI - dietitian referral; add oral supplement BID.
Next visit 9/2026.
"""},
        {"id": "d2", "type": "infusion_record", "date": "2026-06-18", "text": """
Medication Administration Record - Export
River Falls Medical Center   Pulmonary & Infusion Clinic
Patient: HAUGLAND, EINAR T   MRN: CN00418823   FIN: 26-1690044
Allergies: codeine (nausea)

Date/Time
Medication
Dose
Route
Site
Event
Lot
Expiration
Performed By
06/18/2026 09:21:40
sodium chloride 0.9% flush
10 mL
IV
Right Antecubital
Administered


Lauren Pike, RN
06/18/2026 09:31:02
acetaminophen 325 mg tab
650 mg
PO

Administered


Lauren Pike, RN
06/18/2026 09:47:13
alpha-1 proteinase inhibitor, human (Prolastin-C Liquid)
3,500 mg
IV
Right Antecubital
Begin Bag
26M0433
05/2027
Lauren Pike, RN
06/18/2026 10:15:40
alpha-1 proteinase inhibitor, human (Prolastin-C Liquid)
3,500 mg
IV
Right Antecubital
Infuse Complete
26M0433
05/2027
Lauren Pike, RN

Drug Waste Documentation
Product
Vials Used
Dose Given
Waste
Witness
Prolastin-C Liquid
1000 mg/20 mL x 3; 500 mg/10 mL x 1
3,500 mg
0 mg - all vials fully administered
N/A

Infusion Notes
Volume 70 mL via pump at 150 mL/hr; 0.2 micron filter. VS q15 min stable
(09:45 BP 130/76, 10:00 BP 128/74, 10:16 BP 130/78). No reaction.
PIV removed 10:22:18. Discharged 10:30 with daughter.
Documented by: Lauren Pike, RN 06/18/2026 10:36:55
"""},
        {"id": "d3", "type": "lab_report", "date": "2026-04-23", "text": """
"Patient","MRN","Collected","Test","Result","Units","Ref Range","Flag","Status"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","Alpha-1-Antitrypsin","22","mg/dL","90-200","L","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","Alpha-1-Antitrypsin Phenotype (IEF)","PiZZ","","MM","A","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","SERPINA1 Genotype (PI*S, PI*Z)","Pending","","","","Preliminary"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","C-Reactive Protein","0.6","mg/dL","0.0-1.0","","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","IgA","301","mg/dL","70-400","","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","Albumin","3.6","g/dL","3.5-5.0","","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","AST","23","U/L","10-40","","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","ALT","19","U/L","7-56","","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","Bilirubin, Total","0.6","mg/dL","0.2-1.2","","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","WBC","7.4","K/uL","4.0-11.0","","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","Hemoglobin","14.6","g/dL","13.5-17.5","","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","Eosinophils, Absolute","0.2","K/uL","0.0-0.5","","Final"
"HAUGLAND, EINAR T","CN00418823","2022-03-08 07:42","Creatinine","0.9","mg/dL","0.7-1.3","","Final"
"HAUGLAND, EINAR T","CN00418823","2026-04-21 08:05","Alpha-1-Antitrypsin","104","mg/dL","90-200","","Final"
"Comment","2026-04-21 level drawn on augmentation (trough, 7 days post-dose)."
"HAUGLAND, EINAR T","CN00418823","2022-03-15 12:00","SERPINA1 Genotype (PI*S, PI*Z)","Cancelled - QNS","","","","Final"
"Comment","Phenotype by isoelectric focusing performed at Mayo Clinic Laboratories. ZZ phenotype consistent with severe deficiency."
"""},
    ],
}

GOLD = {
    "chart_id": "b6-012",
    "profile": "medicare",
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
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 22, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 104, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 33},
        {"kind": "weight", "value": 58.0, "unit": "kg", "value_kg": 58.0},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
        {"kind": "dose", "value": 3500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "26M0433"},
        {"kind": "expiration_date", "value": "2027-05"},
        {"kind": "infusion_start", "value": "09:47"},
        {"kind": "infusion_end", "value": "10:15"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Cerner PowerChart-style clinical document + HTML-to-text MAR export (cells one per line, times with seconds) + "
        "CSV lab export. Complete chart billed on J2252 (1 mg unit, per the contract's default target): 3500 mg -> 3500 units, "
        "JZ, '0 mg - all vials fully administered' -> met; code_selection J2252 covers any A1PI product -> met. "
        "60 x 58.0 = 3480; 3500 -> +0.6% -> met. Genotype: IEF phenotype PiZZ counts while the DNA genotype is pending/cancelled "
        "-> [Z,Z]. Times 09:47:13 -> 09:47, 10:15:40 -> 10:15. Traps: calculated 3,480 mg, vial sizes 1 g/0.5 g, acetaminophen "
        "650 mg 09:31:02, NS flush 09:21:40, vitals 08:12 and q15, PIV removed 10:22:18, discharge 10:30, note signature 09:05, "
        "reference phenotype MM, on-therapy trough 104 mg/dL (2026; still the patient's level, a finding, but the pre-treatment 22 mg/dL "
        "is below 57 -> met), FEV1 0.99 L (volume, not % predicted). [calc] dos_weight_kg=58.0"
    ),
}
