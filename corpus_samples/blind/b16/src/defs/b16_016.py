from _lib import F, W, reqs, gold

D1 = """Medication Administration Record (MAR) - Single Day                      Cerner Millennium
WILLOW CREEK MEDICAL CENTER - INFUSION & INJECTION CLINIC
Patient: HARTIGAN-SOLIS, DAPHNE R        MRN: 4402918      FIN: 7719200441
DOB: 04/17/1984   42Y   F        Visit: 09/09/2026 Outpatient - Recurring
Attending: MWANGI-FOSTER, ADAORA C MD (Allergy/Immunology)
Weight (Dosing): 75 kg  (measured 09/09/2026 08:20)      Height: 170 cm
Allergies: Sulfamethoxazole (rash); Iodinated contrast (hives)

SCHEDULED
immune globulin (human) 10% (GAMMAGARD LIQUID) 30 g = 300 mL, IV, every 4 weeks
   Order comment: 400 mg/kg x 75 kg = 30 g. Rate titration per protocol: 0.5 mL/kg/h x 30 min,
   then increase every 30 min as tolerated to max 5 mL/kg/h.
   09/09/2026 08:45 CDT [Scheduled]
     Admin 08:52 CDT  Begin Bag   Dose: 30 g   Volume: 300 mL   Rate: 37.5 mL/h
           Performed by: Castellano, Ruben RN    Witness: Hsu, Mei-Ling RN
     Admin 09:22 CDT  Rate Change  75 mL/h
     Admin 09:52 CDT  Rate Change  150 mL/h
     Admin 10:22 CDT  Rate Change  225 mL/h
     Admin 11:11 CDT  Infuse Stopped   Volume infused 300 mL
   Product detail: GAMMAGARD LIQUID 10 g/100 mL x 3   NDC 0944-2700-05
                   Lot LE12P335AB   Exp 03/31/2027
   Waste: none - 3 full vials infused.

acetaminophen 650 mg PO once (premed)    08:40 CDT  Given  650 mg   Castellano, Ruben RN
cetirizine 10 mg PO once (premed)        08:40 CDT  Given  10 mg    Castellano, Ruben RN
sodium chloride 0.9% 500 mL IV pre-hydration 250 mL over 30 min
     08:15 CDT Begin Bag   500 mL/h        08:46 CDT Infuse Stopped (250 mL)

PRN
diphenhydramine 25 mg IV PRN reaction           not given
hydrocortisone 100 mg IV PRN reaction           not given
EPINEPHrine 0.3 mg IM PRN anaphylaxis           not given
"""

D2 = """WILLOW CREEK INFUSION & INJECTION CLINIC - IVIG RATE / VITALS FLOWSHEET
Patient: HARTIGAN-SOLIS, DAPHNE R    MRN 4402918    Product: Gammagard Liquid 10%    Dose: 30 g
Protocol: IVIG-ADULT-TITRATE v4 (vitals before each rate increase and at end)

Date        Time   Rate (mL/h)  Rate (mL/kg/h)  Vol in (mL)  T (C)  BP (mmHg)  HR (bpm)  RR (/min)  SpO2 (%)  Sx    RN
08/12/2026  08:50  37.5         0.5             0            36.7   118/74     76        16         98        none  RC
08/12/2026  11:09  --           --              300          36.8   116/72     74        16         98        none  RC
09/09/2026  08:20  --           --              --           36.6   120/76     78        16         98        none  RC
09/09/2026  08:52  37.5         0.5             0            36.6   120/76     78        16         98        none  RC
09/09/2026  09:22  75           1.0             19           36.7   118/74     80        16         98        none  RC
09/09/2026  09:52  150          2.0             56           36.7   116/72     82        16         97        none  RC
09/09/2026  10:22  225          3.0             131          36.8   118/70     80        16         98        HA 1  RC
09/09/2026  11:11  --           --              300          36.8   120/74     76        16         98        none  RC

Date        Wt (kg)  IgG trough (mg/dL)  Pre-hydration (mL)  Post-flush (mL)  Discharge
08/12/2026  75.4     742 (07/2026)       250                 20               11:24
09/09/2026  75.0     --                  250                 20               11:25

Comments:
09/09/2026 10:24 mild headache 1/10, no intervention, resolved by 11:00. -RC
09/09/2026 11:25 tolerated; next IVIG 10/07/2026. -RC
"""

D3 = """WILLOW CREEK ALLERGY & IMMUNOLOGY - PROGRESS NOTE
Patient: Daphne R. Hartigan-Solis    DOB 04/17/1984    MRN 4402918
Date: 09/09/2026    Provider: Adaora C. Mwangi-Foster, MD
Visit: 6-month follow-up, seen in infusion clinic during IVIG

Subjective: 42-year-old woman with common variable immunodeficiency (dx 2021: IgG 310 mg/dL,
IgA <7, poor pneumococcal response) and bilateral lower-lobe bronchiectasis, on IVIG 400 mg/kg
every 4 weeks since 2021. Since starting IVIG she has had one sinusitis (02/2026, amoxicillin-
clavulanate 875 mg BID x 10 days) and no pneumonias (four in the two years before). Mild
post-infusion headache only, relieved by acetaminophen. Daily airway clearance with a vest,
hypertonic saline 7% nebulized twice weekly. Cough with a teaspoon of clear sputum in the
mornings. Never smoker. Teaches 3rd grade (frequent viral exposures).

Workup of bronchiectasis at diagnosis (2021): CF sweat chloride 18 mmol/L (normal); alpha-1
antitrypsin 148 mg/dL (ref 100-190), phenotype PI*MM - alpha-1 antitrypsin deficiency
excluded; ciliary studies not done; Aspergillus IgE negative.

Meds: Gammagard Liquid 30 g IV q4 weeks; albuterol PRN; hypertonic saline 7% neb; fluticasone
nasal 2 sprays daily; levonorgestrel IUD; vitamin D 2,000 units daily.

Objective: Wt 75.0 kg, BP 120/76, HR 78, SpO2 98%, afebrile. Few inspiratory crackles at the
right base, no wheeze. Sinuses nontender. No lymphadenopathy or splenomegaly.
Spirometry 06/2026: FEV1 2.41 L (72% predicted), FEV1/FVC 0.78 - no obstruction.
CT chest 2024: cylindrical bronchiectasis RLL/LLL, no emphysema.
IgG troughs: 742 mg/dL (07/2026), 768 mg/dL (01/2026).

Assessment/Plan:
1. CVID (D83.9) - good clinical response to IVIG; IgG trough 742 mg/dL. Continue Gammagard
   30 g q4 weeks. Authorization on file with plan through 12/2026. If infections recur despite
   troughs above 700, would consider increasing to 500 mg/kg.
2. Bronchiectasis (J47.9) - continue airway clearance, sputum culture yearly (last: normal flora).
3. Vaccines: inactivated influenza this fall; no live vaccines.
4. Return 6 months.

A. C. Mwangi-Foster, MD    09/09/2026 12:10
"""

CHART = {
    "chart_id": "b16-016",
    "date_of_service": "2026-09-09",
    "payer": {"profile": "commercial", "name": "Willow Benefit Trust - commercial POS"},
    "claim_lines": [
        {"hcpcs": "J1569", "units": 60, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "96366", "units": 2, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-09-09", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-09-09", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-09-09", "text": D3},
    ],
}

FINDINGS = [
    (F("genotype", alleles=["M", "M"]), "phenotype PI*MM"),
    (F("serum_aat", value=148, unit="mg/dL"), "antitrypsin 148 mg/dL (ref 100-190)"),
    (F("lung_disease", value="bronchiectasis"), "bilateral lower-lobe bronchiectasis"),
    (W(75), "Weight (Dosing): 75 kg  (measured 09/09/2026 08:20)"),
    (W(75.4), "08/12/2026  75.4"),
    (F("fev1", value=72), "FEV1 2.41 L (72% predicted)"),
    (F("smoking_status", value="never"), "Never smoker."),
]

GOLD = gold(CHART, "commercial", reqs(
    "commercial",
    aatd_diagnosis="missing", genotype="conflict", serum_aat_level="conflict", lung_disease_evidence="met",
    patient_weight="met", dose_administered="missing", dose_matches_weight="missing",
    units_match_dose="not_applicable", wastage_documented="missing", lot_number="missing",
    expiration_date="missing", infusion_times="missing", response_to_therapy="missing",
    prior_authorization="missing", code_selection="not_applicable", smoking_status="met", fev1_range="met",
), FINDINGS,
    "NEGATIVE CONTROL: IVIG (Gammagard Liquid 30 g, J1569 x 60) for CVID. Claim lines exist but none is an "
    "A1PI drug line, so units_match_dose and code_selection are not_applicable; decision: wastage_documented "
    "is judged as for a chart without drug lines and only an A1PI waste statement counts, so 'Waste: none' for "
    "IVIG leaves it missing. The IVIG dose, lot LE12P335AB / Exp 03/31/2027, Begin Bag 08:52 / Infuse Stopped "
    "11:11 and 'good clinical response to IVIG' are another drug's. AATD explicitly excluded: AAT 148 mg/dL, "
    "PI*MM (serum and genotype conflict). Bronchiectasis is a lung_disease value in the guide, so "
    "lung_disease_evidence is met by the rules even though there is no emphysema/obstruction ('no "
    "obstruction', 'no emphysema' negated). FEV1 72 % is in range; never smoker. 'Authorization on file' has "
    "no number -> PA missing. Earlier flowsheet row 08/12 (75.4 kg) is a historical weight.")

ARITH = {
    "dos": "2026-09-09",
    "product_dos": [],
    "weight_kg": 75.0, "weight_source": "Cerner dosing weight 09/09/2026 08:20",
    "dose_mg": None, "dose_source": "no A1PI; IVIG 30 g = J1569 (500 mg units) x 60",
    "code": None, "bu": None, "units_billed": None, "waste_mg": None, "jw_units_billed": None,
    "lots": [],
    "serum_rid": [],
    "response_in_progress_note": False,
}
